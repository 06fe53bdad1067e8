// The measured workshop's documents (its part of one seeding transaction, after the orders):
// the invoice the next day for every invoiced or paid order; for credited ones the credit note
// three days later and the corrected invoice an hour after it. Numbered per year in issue order;
// totals with VAT once per rate (the rule of order-totals.ts).
import { type Query, type WorkshopPlan, ZONE } from './reports-seed-data';

export async function seedDocuments(q: Query, plan: WorkshopPlan): Promise<void> {
  const { tenantId, currency } = plan;
  await q(
    `create temp table bench_docs on commit drop as
     with docs as (
       select o.n, o.id as order_id, o.vehicle_id, o.client_id, d.role, d.kind,
              o.opened_at + interval '1 day 2 hours' + d.delay as issued_at,
              o.status = 'paid' and d.kind = 'invoice' and d.role <> 'first-of-credited' as paid
         from bench_orders o
         cross join lateral (values
           ('only', 'invoice', interval '0'),
           ('first-of-credited', 'invoice', interval '0'),
           ('credit', 'credit_note', interval '3 days'),
           ('reissue', 'invoice', interval '3 days 1 hour')
         ) as d(role, kind, delay)
        where o.status in ('invoiced', 'paid')
          and (case when o.credited then d.role <> 'only' else d.role = 'only' end)
     )
     select docs.*, gen_random_uuid() as id,
            extract(year from issued_at at time zone $1::text)::int as year,
            row_number() over (partition by extract(year from issued_at at time zone $1::text)
                               order by issued_at, role)::int as sequence,
            case when kind = 'credit_note' then -1 else 1 end as sign
       from docs`,
    [ZONE],
  );
  await q(`analyze bench_docs`);
  // What each order's invoice says: VAT once per rate (the rule of order-totals.ts).
  await q(
    `create temp table bench_totals on commit drop as
     select order_id, sum(net) as net, sum((net * rate + 5000) / 10000) as vat
       from (select order_id, rate, sum(net) as net from bench_lines
              where approval <> 'declined' group by order_id, rate) g
      group by order_id`,
  );
  await q(
    `insert into invoices (tenant_id, id, kind, number, year, sequence, repair_order_id, corrects_invoice_id, client_id,
       vehicle_id, currency, locale, time_zone, issued_at, issue_date, sale_date, due_date, net_minor, vat_minor,
       gross_minor, seller, buyer, vehicle, reason, paid_at, paid_on, payment_method, paid_recorded_at)
     select $1::uuid, d.id, d.kind, d.year || '/' || lpad(d.sequence::text, 6, '0'), d.year, d.sequence, d.order_id,
            f.id,
            d.client_id, d.vehicle_id, $2::text, 'pl', $3::text, d.issued_at, (d.issued_at at time zone $3::text)::date,
            (d.issued_at at time zone $3::text)::date, (d.issued_at at time zone $3::text)::date + 14,
            d.sign * t.net, d.sign * t.vat, d.sign * (t.net + t.vat), '{}', '{}', '{}',
            case when d.kind = 'credit_note' then 'Wrong buyer details' end,
            case when d.paid then d.issued_at + interval '2 days' end,
            case when d.paid then (d.issued_at at time zone $3::text)::date + 2 end,
            case when d.paid then 'card' end,
            case when d.paid then d.issued_at + interval '2 days' end
       from bench_docs d
       join bench_totals t on t.order_id = d.order_id
       left join bench_docs f on f.order_id = d.order_id and f.role = 'first-of-credited' and d.kind = 'credit_note'`,
    [tenantId, currency, ZONE],
  );
  await q(
    `insert into invoice_lines (tenant_id, invoice_id, id, position, kind, description, mechanic_user_id,
       quantity_hundredths, unit_price_minor, vat_rate_bp, net_minor)
     select $1::uuid, d.id, gen_random_uuid(), row_number() over (partition by d.id order by l.position), l.kind,
            l.description, l.mechanic_id, d.sign * l.quantity, l.price, l.rate, d.sign * l.net
       from bench_docs d
       join bench_lines l on l.order_id = d.order_id and l.approval <> 'declined'`,
    [tenantId],
  );
  await q(
    `insert into invoice_counters (tenant_id, year, last_sequence)
     select $1::uuid, year, max(sequence) from bench_docs group by year`,
    [tenantId],
  );
}
