import type { WaslDatabase } from '@renderer/db/database';
import type { SearchIndex } from '@renderer/db/search-index';

/** What the merge screen's data functions need; passed in so tests use a real database, index and clock. */
export interface DuplicatesDeps {
  db: WaslDatabase;
  index: Pick<SearchIndex, 'duplicatePairs' | 'indexDocs'>;
  actor: { id: string };
  desk: { deskId: string };
  now: () => Date;
}
