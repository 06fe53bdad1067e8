import { benchConfig } from '../browser/playwright-bench-config';

// Lighthouse on the customer pages; it launches its own Chromium (with a debugging port).
// `npm run bench:customer-pages`.
export default benchConfig({ timeoutMinutes: 15 });
