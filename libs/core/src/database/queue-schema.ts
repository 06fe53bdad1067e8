import { runMigrations } from 'bullmq';
import { Client } from 'pg';

/** Where BullMQ's PostgreSQL backend keeps its tables, apart from the application's own. */
export const QUEUE_SCHEMA = 'bullmq';

/**
 * BullMQ's PostgreSQL backend (the queue of `npm start` and of machines without Redis) brings
 * its own versioned schema. It is migrated here, as the owner, with everything else; the
 * application role only uses it (its connections skip BullMQ's migrations).
 */
export async function migrateQueueSchema(migrationUrl: string, appRole: string): Promise<void> {
  const client = new Client({ connectionString: migrationUrl, application_name: 'pitlane-migrate' });
  await client.connect();
  try {
    await runMigrations(client, QUEUE_SCHEMA);
    for (const statement of [
      `grant usage on schema ${QUEUE_SCHEMA} to ${appRole}`,
      `grant select, insert, update, delete on all tables in schema ${QUEUE_SCHEMA} to ${appRole}`,
      `grant usage, select, update on all sequences in schema ${QUEUE_SCHEMA} to ${appRole}`,
      `grant execute on all functions in schema ${QUEUE_SCHEMA} to ${appRole}`,
    ]) {
      await client.query(statement);
    }
  } finally {
    await client.end();
  }
}
