// Sources, not `@pitlane/core`: see global-setup.ts.
import { dropDatabase } from '../libs/core/src/database/provision';

export default async function globalTeardown(): Promise<void> {
  const handle = globalThis.pitlaneTestDatabase;
  if (!handle) return;
  if (process.env.PITLANE_KEEP_TEST_DATABASE !== 'true') await dropDatabase(handle.adminUrl, handle.database);
  await handle.stop?.();
}
