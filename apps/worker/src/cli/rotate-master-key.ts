import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { bootProcess, PinoNestLogger } from '@pitlane/core';
import { MasterKeyRotation, MfaSecretRotation, OperatorAccounts } from '@pitlane/identity';
import { parseArgs } from 'node:util';
import { MaintenanceModule } from './maintenance.module';

/**
 * `scripts/rotate-master-key [--batch-size N]`: with MASTER_KEY/MASTER_KEY_ID set to the new key
 * and MASTER_KEYS_PREVIOUS holding the old one, re-wraps every workshop's data key. Safe to stop
 * and run again; when it reports 0 left, remove the old key from MASTER_KEYS_PREVIOUS.
 */
bootProcess('rotate-master-key', async (config, logger) => {
  const { values } = parseArgs({ options: { 'batch-size': { type: 'string', default: '100' } } });
  const batchSize = Number(values['batch-size']);
  if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > 10_000) {
    throw new Error('--batch-size must be a whole number from 1 to 10000');
  }
  const app = await NestFactory.createApplicationContext(MaintenanceModule.register(config, logger), {
    logger: new PinoNestLogger(logger),
  });
  try {
    const report = await app
      .get(MasterKeyRotation)
      .run(batchSize, (done) => logger.info({ rewrapped: done }, 'batch re-wrapped'));
    const mfa = await app.get(MfaSecretRotation).run(batchSize);
    const operators = await app.get(OperatorAccounts).resealSecrets();
    logger.info(
      { ...report, ...mfa, operatorSecretsResealed: operators.resealed },
      'rotation complete: every key and secret is under the active master key',
    );
    process.stdout.write(
      `re-wrapped ${report.rewrapped} workshop key(s) and re-sealed ${mfa.resealed} 2FA secret(s) and ` +
        `${operators.resealed} operator TOTP secret(s) under ${report.activeKeyId}; 0 left\n`,
    );
  } finally {
    await app.close();
  }
});
