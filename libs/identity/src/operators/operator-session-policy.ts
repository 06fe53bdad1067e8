/**
 * How long an operator's sign-in lasts. Stricter than a workshop's and not configurable: an
 * operator can suspend any workshop, so a forgotten console must close itself quickly.
 */
export const OPERATOR_SESSION_IDLE_SECONDS = 15 * 60;
export const OPERATOR_SESSION_ABSOLUTE_SECONDS = 8 * 60 * 60;

/** The `aud` of an operator access token; a staff token says `JWT_AUDIENCE` (pitlane-api). */
export const OPERATOR_TOKEN_AUDIENCE = 'pitlane-operator';
