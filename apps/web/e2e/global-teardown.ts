/** Stops what global-setup.ts started: API and worker, then the mail sink and the database. */
export default async function globalTeardown(): Promise<void> {
  const stack = globalThis.pitlaneE2eStack;
  globalThis.pitlaneE2eStack = undefined;
  await stack?.stop();
}
