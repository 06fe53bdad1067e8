import { Injectable } from '@nestjs/common';
import { TenantDatabase } from '@pitlane/core';
import { fromHundredths } from '../money/order-totals';
import { LineApproval } from '../orders/repair-order-line.entity';
import { RepairOrderStore } from '../orders/repair-order-store';
import { OrderTimeResponse } from './order-time.response';

/** Clocked seconds of `e` up to `now.at`, summed, as hundredths of hours rounded half up. */
const CLOCKED = `coalesce(round(extract(epoch from sum(coalesce(e.stopped_at, now.at) - e.started_at)) / 36), 0)::int`;

/**
 * Actual against estimated hours of an order, per labour line, per mechanic and in total,
 * computed in SQL over one instant (running clocks count up to it). A line the customer declined
 * is listed (time may have been clocked before the decision) but its hours are sold to nobody:
 * they count in no mechanic's sold hours and not in the estimated total.
 */
@Injectable()
export class OrderTimeService {
  constructor(
    private readonly db: TenantDatabase,
    private readonly store: RepairOrderStore,
  ) {}

  get(orderId: string): Promise<OrderTimeResponse> {
    return this.db.transaction(async (manager) => {
      await this.store.require(manager, orderId);
      const [{ at }] = await manager.query<[{ at: Date }]>('select clock_timestamp() as at');
      const lines = await manager.query<
        {
          id: string;
          position: number;
          description: string;
          approval: LineApproval;
          mechanic_user_id: string | null;
          estimated: number;
          clocked: number;
          running: number;
        }[]
      >(
        `with now as (select $2::timestamptz as at)
         select l.id, l.position, l.description, l.approval, l.mechanic_user_id, l.quantity_hundredths as estimated,
                ${CLOCKED} as clocked, count(e.id) filter (where e.stopped_at is null)::int as running
           from now, repair_order_lines l
           left join time_entries e on e.tenant_id = l.tenant_id and e.order_id = l.order_id and e.line_id = l.id
          where l.order_id = $1 and l.kind = 'labour'
          group by l.tenant_id, l.id, now.at
          order by l.position`,
        [orderId, at],
      );
      const mechanics = await manager.query<
        { user_id: string; name: string; assigned: boolean; sold: number; clocked: number; running: boolean }[]
      >(
        `with now as (select $2::timestamptz as at),
         people as (
           select user_id from repair_order_mechanics where order_id = $1
           union select user_id from time_entries where order_id = $1
           union select mechanic_user_id from repair_order_lines where order_id = $1 and mechanic_user_id is not null
         )
         select p.user_id, u.name,
                exists (select 1 from repair_order_mechanics m where m.order_id = $1 and m.user_id = p.user_id) as assigned,
                (select coalesce(sum(l.quantity_hundredths), 0)::int from repair_order_lines l
                  where l.order_id = $1 and l.kind = 'labour' and l.approval <> 'declined'
                    and l.mechanic_user_id = p.user_id) as sold,
                (select ${CLOCKED} from time_entries e where e.order_id = $1 and e.user_id = p.user_id) as clocked,
                exists (select 1 from time_entries e
                         where e.order_id = $1 and e.user_id = p.user_id and e.stopped_at is null) as running
           from now, people p join users u on u.id = p.user_id
          order by u.name, p.user_id`,
        [orderId, at],
      );
      // Rounded once over every entry, not the sum of the lines' rounded hours.
      const [total] = await manager.query<[{ clocked: number }]>(
        `with now as (select $2::timestamptz as at)
         select (select ${CLOCKED} from time_entries e where e.order_id = $1) as clocked from now`,
        [orderId, at],
      );
      // The labour lines above, less those the customer declined.
      const estimated = lines.reduce((sum, line) => (line.approval === 'declined' ? sum : sum + line.estimated), 0);
      return {
        orderId,
        asOf: at.toISOString(),
        lines: lines.map((line) => ({
          lineId: line.id,
          position: line.position,
          description: line.description,
          approval: line.approval,
          mechanicUserId: line.mechanic_user_id,
          estimatedHours: fromHundredths(line.estimated),
          clockedHours: fromHundredths(line.clocked),
          runningClocks: line.running,
        })),
        mechanics: mechanics.map((person) => ({
          userId: person.user_id,
          name: person.name,
          assigned: person.assigned,
          soldHours: fromHundredths(person.sold),
          clockedHours: fromHundredths(person.clocked),
          running: person.running,
        })),
        totals: { estimatedHours: fromHundredths(estimated), clockedHours: fromHundredths(total.clocked) },
      };
    });
  }
}
