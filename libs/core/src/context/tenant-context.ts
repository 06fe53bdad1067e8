import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { MissingTenantContextError } from './missing-tenant-context.error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A UUID in text form: anything else (a token claim, a tenant id) is refused before any query. */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** Reads and sets the tenant of the current request or job. */
@Injectable()
export class TenantContext {
  constructor(private readonly cls: ClsService) {}

  get tenantId(): string | undefined {
    return this.cls.isActive() ? this.cls.get<string | undefined>('tenantId') : undefined;
  }

  requireTenantId(operation = 'a tenant query'): string {
    const tenantId = this.tenantId;
    if (!tenantId) throw new MissingTenantContextError(operation);
    return tenantId;
  }

  /** Binds the current context to a tenant. Called once, by whoever verified the tenant. */
  enter(tenantId: string): void {
    assertUuid(tenantId);
    const current = this.cls.get<string | undefined>('tenantId');
    if (current && current !== tenantId) {
      throw new Error('The tenant of a context cannot change once set');
    }
    this.cls.set('tenantId', tenantId);
  }

  /**
   * Runs `work` in a fresh context bound to `tenantId` (jobs, scripts, system paths). Code that
   * already works for one tenant cannot step into another's context.
   */
  async run<T>(tenantId: string, work: () => Promise<T>): Promise<T> {
    assertUuid(tenantId);
    const current = this.tenantId;
    if (current && current !== tenantId) throw new Error('A tenant context cannot switch to another tenant');
    return this.cls.run({ ifNested: 'override' }, () => {
      this.cls.set('tenantId', tenantId);
      return work();
    });
  }
}

function assertUuid(tenantId: string): void {
  if (!isUuid(tenantId)) throw new Error('A tenant id must be a UUID');
}
