import { Module } from '@nestjs/common';
import { OperatorDatabase } from './operator-database';
import { PlatformUsage } from './platform-usage';
import { TenantDirectory } from './tenant-directory';
import { TenantStatusChanges } from './tenant-status-changes';
import { UsageRollup } from './usage-rollup';

/**
 * The operator read model, for the API: the directory of workshops and the platform's numbers,
 * over the operator role's own small pool (OPERATOR_DATABASE_URL). Without that setting the
 * services refuse every call and nothing connects.
 */
@Module({
  providers: [OperatorDatabase, TenantDirectory, PlatformUsage, TenantStatusChanges],
  exports: [TenantDirectory, PlatformUsage, TenantStatusChanges],
})
export class PlatformReadModule {}

/** The worker's usage rollup (the `platform.usage-rollup` job). Needs the core Database and Logger modules. */
@Module({ providers: [UsageRollup], exports: [UsageRollup] })
export class UsageRollupModule {}
