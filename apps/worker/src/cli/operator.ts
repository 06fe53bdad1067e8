import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { bootProcess, DomainError, PinoNestLogger } from '@pitlane/core';
import { OperatorAccountError, OperatorAccounts, OperatorEnrolment } from '@pitlane/identity';
import { parseArgs } from 'node:util';
import { promptHidden } from './hidden-prompt';
import { MaintenanceModule } from './maintenance.module';

const USAGE = `usage: scripts/operator <command> [options]
  create --email <address> [--name <name>]   a new operator; prints the TOTP secret once
  list                                       every operator and whether they may sign in
  disable --email <address>                  no more sign-ins; every session ends at once
  enable --email <address>
  reset-totp --email <address>               a new TOTP secret (lost phone); sessions end
  set-password --email <address>             a new password; sessions end
The password is read from OPERATOR_PASSWORD, or asked for on the terminal.`;

/**
 * `scripts/operator`: the only way platform operator accounts are made or changed. There is no
 * HTTP route for it; whoever can run this already holds the database and the master key. The
 * password and the TOTP secret are never logged: the secret goes to this terminal, once.
 */
bootProcess('operator', async (config, logger) => {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { email: { type: 'string' }, name: { type: 'string' } },
  });
  const [command] = positionals;
  const email = values.email;
  const needsEmail = command !== 'list';
  if (!command || !['create', 'list', 'disable', 'enable', 'reset-totp', 'set-password'].includes(command)) {
    usage(command ? `unknown command ${command}` : 'no command');
  }
  if (needsEmail && !email) usage('--email is required');
  const app = await NestFactory.createApplicationContext(MaintenanceModule.register(config, logger), {
    logger: new PinoNestLogger(logger),
  });
  const accounts = app.get(OperatorAccounts);
  try {
    switch (command) {
      case 'create': {
        const password = await passwordFromEnvironmentOrTerminal();
        const enrolment = await accounts.create({ email: email!, name: values.name ?? email!, password });
        logger.info({ operatorId: enrolment.operator.id }, 'operator created');
        printEnrolment('created', enrolment);
        break;
      }
      case 'list':
        for (const operator of await accounts.list()) {
          const state = operator.disabledAt ? `disabled ${operator.disabledAt.toISOString()}` : 'active';
          process.stdout.write(`${operator.id}  ${operator.email}  ${operator.name}  ${state}\n`);
        }
        break;
      case 'disable':
      case 'enable': {
        const operator = await accounts.setDisabled(email!, command === 'disable');
        logger.info({ operatorId: operator.id }, `operator ${command}d`);
        process.stdout.write(`${operator.email} ${command}d\n`);
        break;
      }
      case 'reset-totp': {
        const enrolment = await accounts.resetTotp(email!);
        logger.info({ operatorId: enrolment.operator.id }, 'operator TOTP secret replaced');
        printEnrolment('given a new TOTP secret', enrolment);
        break;
      }
      case 'set-password': {
        const operator = await accounts.changePassword(email!, await passwordFromEnvironmentOrTerminal());
        logger.info({ operatorId: operator.id }, 'operator password replaced');
        process.stdout.write(`${operator.email}: password replaced; every session ended\n`);
        break;
      }
    }
  } catch (error) {
    if (!(error instanceof OperatorAccountError || error instanceof DomainError)) throw error;
    // A refusal the person can act on (taken address, weak password): said plainly, exit 1.
    const fields = error instanceof DomainError ? (error.fieldProblems ?? []).map((p) => `: ${p.message}`) : [];
    process.stderr.write(`operator ${command}: ${error.message}${fields.join('')}\n`);
    process.exitCode = 1;
  } finally {
    await app.close();
  }
});

function usage(problem: string): never {
  process.stderr.write(`${problem}\n${USAGE}\n`);
  process.exit(64);
}

async function passwordFromEnvironmentOrTerminal(): Promise<string> {
  const fromEnvironment = process.env.OPERATOR_PASSWORD;
  if (fromEnvironment) return fromEnvironment;
  const first = await promptHidden('Password (at least 12 characters, not a common one): ');
  const second = await promptHidden('The same password again: ');
  if (first !== second) throw new OperatorAccountError('the two passwords differ');
  return first;
}

function printEnrolment(what: string, { operator, otpauthUri, totpSecret }: OperatorEnrolment): void {
  process.stdout.write(
    [
      `Operator ${operator.email} (${operator.id}) ${what}.`,
      '',
      'Add this to an authenticator app now: it is shown this once and never again.',
      `  otpauth URI: ${otpauthUri}`,
      `  secret:      ${totpSecret}`,
      '',
      'Sign in at /ops with the e-mail, the password and the app’s current code.',
      '',
    ].join('\n'),
  );
}
