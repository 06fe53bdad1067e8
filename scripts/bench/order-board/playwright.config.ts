import { benchConfig } from '../browser/playwright-bench-config';

// The board benchmark: one workshop with a board of 200 repair orders. `npm run bench:order-board`.
export default benchConfig({ timeoutMinutes: 15 });
