/**
 * What searches keep in memory between keystrokes, per index database (bounded):
 * - the entries read last: typing on ("محمد فهد الش" → "الشم" → "الشمر") reads the start of
 *   nearly the same range again, and an entry read costs far more than a key (an IndexedDB
 *   round trip and a structured clone of ~30 strings);
 * - the words known to match many files, so their probe (200 keys) is not read on every keystroke.
 * Any write to the entries (a pulled page, a save, a merge, a rebuild) empties the entries kept,
 * before and after it: a search never shows a file as it was before a write that finished. The
 * common words are kept: taking a word for common only skips a filter, never changes the hits.
 */
import type { Dexie } from 'dexie';
import type { IndexEntry, SearchIndexDb } from './search-index-store';

/** About a dozen keystrokes of multi-word typing (at most ~125 entries each): a few MB. */
const MAX_ENTRIES = 1500;
const MAX_COMMON = 500;

type Kept = { generation: number; entries: Map<string, IndexEntry>; common: Set<string> };

const kept = new WeakMap<object, Kept>();

function keptOf(db: Dexie): Kept {
  let found = kept.get(db);
  if (!found) {
    found = { generation: 0, entries: new Map(), common: new Set() };
    kept.set(db, found);
  }
  return found;
}

function forget(db: Dexie): void {
  const state = keptOf(db);
  state.generation += 1;
  state.entries.clear();
}

/** Registers, on an index database not yet opened, the forgetting of kept entries on every write. */
export function forgetEntriesOnWrite(db: Dexie): void {
  db.use({
    stack: 'dbcore',
    name: 'search-entry-cache',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== 'entries') return table;
        return {
          ...table,
          mutate: (request) => {
            forget(db);
            return table.mutate(request).finally(() => forget(db));
          },
        };
      },
    }),
  });
}

/** The entries of these ids (missing ones left out), in order; read from the database only when not kept. */
export async function readEntries(db: SearchIndexDb, ids: readonly string[]): Promise<IndexEntry[]> {
  const state = keptOf(db);
  const generation = state.generation;
  const found = new Map<string, IndexEntry>();
  for (const id of ids) {
    const entry = state.entries.get(id);
    if (entry) found.set(id, entry);
  }
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length > 0) for (const entry of await db.entries.bulkGet(missing)) if (entry) found.set(entry.id, entry);
  // A write during the read: what was read may be older than the write, so it is not kept.
  if (state.generation === generation) keep(state, found);
  return ids.flatMap((id) => found.get(id) ?? []);
}

/** Most recently used last, so the oldest are dropped first. */
function keep(state: Kept, entries: ReadonlyMap<string, IndexEntry>): void {
  for (const [id, entry] of entries) {
    state.entries.delete(id);
    state.entries.set(id, entry);
  }
  const over = state.entries.size - MAX_ENTRIES;
  if (over > 0) for (const id of [...state.entries.keys()].slice(0, over)) state.entries.delete(id);
}

export function isKnownCommon(db: SearchIndexDb, word: string): boolean {
  return keptOf(db).common.has(word);
}

export function rememberCommon(db: SearchIndexDb, word: string): void {
  const { common } = keptOf(db);
  if (common.size >= MAX_COMMON) common.clear();
  common.add(word);
}
