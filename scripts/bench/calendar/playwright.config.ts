import { benchConfig } from '../browser/playwright-bench-config';

// The bay calendar benchmark: 3 bays and a week of 300 appointments. `npm run bench:calendar`.
export default benchConfig({ timeoutMinutes: 15 });
