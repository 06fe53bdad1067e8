import { Injectable } from '@nestjs/common';
import type { EntityTarget, FindOptionsWhere, Repository } from 'typeorm';
import { AccountRepository } from './account-repository';

/** The columns every single-use link table has: whose it is, its hash, its lifetime, its use. */
export interface SingleUseLink {
  id: string;
  createdAt: Date;
  userId: string;
  tokenHash: Buffer;
  expiresAt: Date;
  usedAt: Date | null;
}

/**
 * A global table of mailed single-use links (verification, e-mail change): one live link per
 * person, found by the link's hash, spent at most once and only in time.
 */
@Injectable()
export abstract class SingleUseLinkRepository<T extends SingleUseLink> extends AccountRepository {
  protected abstract readonly entity: EntityTarget<T>;

  private get links(): Repository<T> {
    return this.repository(this.entity);
  }

  /** The person's only live link from now on: older ones are deleted. */
  async replace(link: Omit<T, 'usedAt' | 'createdAt'>): Promise<void> {
    await this.links.delete({ userId: link.userId } as FindOptionsWhere<T>);
    // TypeORM cannot follow a generic entity's insert type; the fields are T's own.
    await this.links.insert({ ...link, usedAt: null } as unknown as Parameters<Repository<T>['insert']>[0]);
  }

  findByHash(tokenHash: Buffer): Promise<T | null> {
    return this.links.findOneBy({ tokenHash } as FindOptionsWhere<T>);
  }

  /** Spends the link if it is unused and in time; false otherwise. */
  async claim(id: string): Promise<boolean> {
    const claimed = await this.links
      .createQueryBuilder()
      .update()
      .set({ usedAt: () => 'now()' } as never)
      .where('id = :id and used_at is null and expires_at > now()', { id })
      .execute();
    return claimed.affected === 1;
  }
}
