import { withClient } from '../../../../test/support/test-api';
import { testDatabase } from '../../../../test/support/test-config';
import { searchContract } from './search-contract';

// The embedded default and the fallback: always runs.
searchContract({
  adapter: 'postgres',
  isolated: false,
  config: () => ({}),
  rawDocuments: (_database, tenantIds) =>
    withClient(testDatabase.adminUrl(), async (client) => {
      const { rows } = await client.query<{ row: string }>(
        `select row_to_json(d)::text as row from search_documents d where tenant_id = any ($1::uuid[])`,
        [tenantIds],
      );
      return rows.map((row) => row.row);
    }),
});
