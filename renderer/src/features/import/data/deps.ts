import type { WaslDatabase } from '@renderer/db/database';
import type { SearchIndex } from '@renderer/db/search-index';

/** What an import needs; passed in so tests and the benchmark use a real database and clock. */
export interface ImportDeps {
  db: WaslDatabase;
  index: Pick<SearchIndex, 'findCandidates' | 'settled'>;
  actor: { id: string };
  desk: { deskId: string; deskCode: string };
  now: () => Date;
}
