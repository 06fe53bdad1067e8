/**
 * How long the links in these mails stay valid. The mails say so; the service that issues the
 * token behind the link must use the same number.
 */
export const EMAIL_VERIFICATION_LINK_VALID_HOURS = 24;
export const EMAIL_CHANGE_LINK_VALID_HOURS = 24;
/** An estimate link opens its version for this long (repairs' EstimateTokens uses it). */
export const ESTIMATE_LINK_VALID_DAYS = 30;
