import { benchConfig } from '../browser/playwright-bench-config';

// The palette benchmark: one workshop of 10,000 vehicles. `npm run bench:palette`.
export default benchConfig({ timeoutMinutes: 30 });
