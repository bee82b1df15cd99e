import type { WaslDatabase } from '@renderer/db/database';
import type { SearchIndex } from '@renderer/db/search-index';
import type { RegistryServer } from './server-duplicate-check';

/** What the registry's data functions need; passed in so tests use a real database and clock. */
export interface SaveDeps {
  db: WaslDatabase;
  index: Pick<SearchIndex, 'findByNationalId' | 'findByMobile' | 'findByNameAndBirth' | 'indexDocs'>;
  actor: { id: string };
  desk: { deskId: string; deskCode: string };
  now: () => Date;
  /** The sync server asked for other desks' duplicates while online (policy 3.6b); absent or null: this desk only. */
  server?: RegistryServer | null;
}
