/** What a person recognises a session by: the browser (or program) and the operating system. */
export interface UserAgentSummary {
  readonly browser: string | null;
  readonly os: string | null;
}

/**
 * Checked in order: Chromium-based browsers all say "Chrome" and "Safari", Chrome on iOS says
 * "Safari", so the more specific token is looked for first.
 */
const BROWSERS: readonly (readonly [string, RegExp])[] = [
  ['Edge', /\bEdg(?:e|A|iOS)?\//],
  ['Opera', /\bOPR\/|\bOpera\b/],
  ['Samsung Internet', /\bSamsungBrowser\//],
  ['Firefox', /\bFirefox\/|\bFxiOS\//],
  // Automation (Puppeteer, Playwright) shows as itself: "HeadlessChrome/" has no word boundary
  // before "Chrome", so it fell through to "Safari".
  ['Headless Chrome', /\bHeadlessChrome\//],
  ['Chrome', /\bChrome\/|\bCriOS\/|\bChromium\//],
  ['Safari', /\bSafari\//],
];

const SYSTEMS: readonly (readonly [string, RegExp])[] = [
  ['iOS', /\biPhone\b|\biPad\b|\biPod\b/],
  ['Android', /\bAndroid\b/],
  ['Windows', /\bWindows\b/],
  ['ChromeOS', /\bCrOS\b/],
  ['macOS', /\bMacintosh\b|\bMac OS X\b/],
  ['Linux', /\bLinux\b/],
];

/** A program that is no browser names itself first (`curl/8.5.0`, `PostmanRuntime/7.36`). */
const PRODUCT = /^([A-Za-z][A-Za-z0-9._-]{0,39})\//;

/**
 * A short, fixed-vocabulary reading of a User-Agent header for the session list. The raw header
 * is whatever the client chose to send, so it is never shown as is.
 */
export function summariseUserAgent(userAgent: string | null): UserAgentSummary {
  if (!userAgent) return { browser: null, os: null };
  const browser = BROWSERS.find(([, pattern]) => pattern.test(userAgent))?.[0];
  const os = SYSTEMS.find(([, pattern]) => pattern.test(userAgent))?.[0] ?? null;
  if (browser) return { browser, os };
  const product = PRODUCT.exec(userAgent)?.[1];
  return { browser: product && product !== 'Mozilla' ? product : null, os };
}
