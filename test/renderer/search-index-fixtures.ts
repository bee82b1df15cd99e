/** What the search index tests share: the round trips a (fake-indexeddb) index database serves, counted. */
import type { SearchIndexDb } from '../../renderer/src/db/search-index-store';

/** Round trips the store serves, counted from its opening (register before it opens): key reads of ranges starting with `prefix`, entry reads and the entries they hold. */
export type Reads = { keyReads: number; entryReads: number; entriesRead: number };

export function countReads(store: SearchIndexDb, prefix = ''): Reads {
  const reads: Reads = { keyReads: 0, entryReads: 0, entriesRead: 0 };
  store.use({
    stack: 'dbcore',
    name: 'count-reads',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          query: (request) => (String(request.query.range.lower).startsWith(prefix) && reads.keyReads++, table.query(request)),
          getMany: (request) => ((reads.entryReads += 1), (reads.entriesRead += request.keys.length), table.getMany(request)),
        };
      },
    }),
  });
  return reads;
}
