import { FragmentToken } from '../shared/fragment-token';

/** The mailed estimate link's token: read once (by the boot, before the page's code), then only in memory. */
export const estimateLink = new FragmentToken();
