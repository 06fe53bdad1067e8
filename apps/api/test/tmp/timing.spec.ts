import { randomBytes } from 'node:crypto';
import { startMailStack } from '../../../../test/support/mail-stack';

it('measures forgot timing', async () => {
  const stack = await startMailStack();
  try {
    const known: string[] = [];
    for (let i = 0; i < 10; i++) {
      const s = randomBytes(4).toString('hex');
      const email = `t-${s}@example.test`;
      const r = await stack.api.request('POST', '/api/v1/auth/signup', { body: { workshopName: `T ${s}`, email, password: `correct-horse-${s}-battery`, ownerName: 'O', country: 'GB' } });
      expect(r.status).toBe(201);
      known.push(email);
    }
    const time = async (email: string) => { const t = process.hrtime.bigint(); await stack.api.request('POST', '/api/v1/auth/password/forgot', { body: { email } }); return Number(process.hrtime.bigint() - t) / 1e6; };
    for (let i = 0; i < 5; i++) { await time(known[0]!); await time('x@example.test'); }
    const k: number[] = [], u: number[] = [];
    for (let round = 0; round < 3; round++) for (const email of known) { k.push(await time(email)); u.push(await time(`nobody-${randomBytes(4).toString('hex')}@example.test`)); }
    const med = (a: number[]) => [...a].sort((x, y) => x - y)[Math.floor(a.length / 2)]!.toFixed(2);
    process.stdout.write(`forgot: known median ${med(k)} ms, unknown median ${med(u)} ms\n`);
    const timeReset = async (email: string) => { const t = process.hrtime.bigint(); const r = await stack.api.request('POST', '/api/v1/auth/password/reset', { body: { email, code: '000000', newPassword: 'some-long-new-passphrase-xyz' } }); expect(r.status).toBe(400); return Number(process.hrtime.bigint() - t) / 1e6; };
    const rk: number[] = [], ru: number[] = [];
    for (const email of known) { rk.push(await timeReset(email)); ru.push(await timeReset(`nobody-${randomBytes(4).toString('hex')}@example.test`)); }
    process.stdout.write(`reset wrong code: known median ${med(rk)} ms, unknown median ${med(ru)} ms\n`);
  } finally { await stack.close(); }
});
