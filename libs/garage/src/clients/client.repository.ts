import { Injectable } from '@nestjs/common';
import { SortOrder, TenantRepository } from '@pitlane/core';
import { Brackets, In } from 'typeorm';
import { Client } from './client.entity';

/** What a duplicate search compares: the client's own contact, normalised. */
export interface DuplicateProbe {
  readonly excludeId: string;
  /** Lower case, trimmed. */
  readonly email: string | null;
  /** E.164. */
  readonly phone: string | null;
  /** Lower case, trimmed. */
  readonly firstName: string;
  readonly lastName: string;
}

/** A table of another context whose rows point at a client (`client_id` by foreign key). */
export interface ClientReference {
  readonly table: string;
  readonly column: string;
}

/** Candidates a duplicate search reads at most; they are ranked in the service. */
const DUPLICATE_CANDIDATES = 100;

/**
 * The only SQL on `clients`. Every statement names the tenant of the open tenant transaction
 * first, so the `(tenant_id, ...)` indexes serve it and row-level security is the second wall.
 */
@Injectable()
export class ClientRepository extends TenantRepository {
  /** Inserts `client` into the current workshop (its `tenantId` is overwritten with it). */
  async insert(client: Omit<Client, 'tenantId' | 'version' | 'createdAt' | 'updatedAt'>): Promise<void> {
    await this.repository(Client).insert({ ...client, tenantId: this.tenantId });
  }

  find(id: string, lock = false): Promise<Client | null> {
    return this.findOwned(Client, id, { forUpdate: lock });
  }

  /** First and last names of `ids` in one statement (unknown ids are simply absent). */
  namesOf(ids: readonly string[]): Promise<Pick<Client, 'id' | 'firstName' | 'lastName'>[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.repository(Client).find({
      select: { id: true, firstName: true, lastName: true },
      where: { tenantId: this.tenantId, id: In([...ids]) },
    });
  }

  page(order: SortOrder, limit: number, offset: number): Promise<[Client[], number]> {
    return this.repository(Client)
      .createQueryBuilder('client')
      .where('client.tenantId = :tenantId', { tenantId: this.tenantId })
      .orderBy(order.column, order.direction)
      .addOrderBy('client.id')
      .take(limit)
      .skip(offset)
      .getManyAndCount();
  }

  async update(id: string, changes: Partial<Client>): Promise<void> {
    await this.repository(Client).update({ tenantId: this.tenantId, id }, changes);
  }

  async delete(id: string): Promise<void> {
    await this.repository(Client).delete({ tenantId: this.tenantId, id });
  }

  /**
   * Other clients of the workshop with the same e-mail (any case), the same phone, or the same
   * first and last name (any case): candidates only, oldest first; the service ranks them.
   */
  duplicatesOf(probe: DuplicateProbe): Promise<Client[]> {
    return this.repository(Client)
      .createQueryBuilder('client')
      .where('client.tenantId = :tenantId', { tenantId: this.tenantId })
      .andWhere('client.id <> :id', { id: probe.excludeId })
      .andWhere(
        new Brackets((match) => {
          match.where('lower(btrim(client.firstName)) = :firstName and lower(btrim(client.lastName)) = :lastName', {
            firstName: probe.firstName,
            lastName: probe.lastName,
          });
          if (probe.email !== null) match.orWhere('lower(btrim(client.email)) = :email', { email: probe.email });
          if (probe.phone !== null) match.orWhere('client.phone = :phone', { phone: probe.phone });
        }),
      )
      .orderBy('client.createdAt', 'ASC')
      .addOrderBy('client.id')
      .take(DUPLICATE_CANDIDATES)
      .getMany();
  }

  /**
   * Every column of another table that references `clients` by foreign key (vehicles aside):
   * what a merge must re-point before the merged client goes. Read from the catalog, so a new
   * reference is noticed without anyone remembering to list it.
   */
  referencesFromOtherTables(): Promise<ClientReference[]> {
    return this.manager.query<ClientReference[]>(
      `select referencing.relname as "table", attribute.attname as "column"
         from pg_constraint fk
         join pg_class referencing on referencing.oid = fk.conrelid
         join pg_attribute attribute on attribute.attrelid = fk.conrelid
              and attribute.attnum = any (fk.conkey) and attribute.attname <> 'tenant_id'
        where fk.contype = 'f' and fk.confrelid = 'clients'::regclass and referencing.relname <> 'vehicles'
        order by 1, 2`,
    );
  }

  /**
   * Whether `table.column` of the current workshop still points at `clientId` (names from
   * `referencesFromOtherTables` only, quoted). Read-only: garage never writes another context's rows.
   */
  async isReferencedBy(reference: ClientReference, clientId: string): Promise<boolean> {
    const rows = await this.manager.query<unknown[]>(
      `select 1 from ${quoteIdentifier(reference.table)}
        where tenant_id = $1 and ${quoteIdentifier(reference.column)} = $2 limit 1`,
      [this.tenantId, clientId],
    );
    return rows.length > 0;
  }
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
