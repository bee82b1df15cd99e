/**
 * How the request lists read (the due lists, the to-refer list, a unit's queue): a page of one
 * prepared storage query with the whole query's count, documents as toMutableJSON gives them, read
 * again on each change that may touch the list. Reading at the storage keeps a list's cost to its
 * page: the at-rest wrapper decrypts only the documents returned.
 */
import type { RequestDoc } from '@shared/db/schemas/request.schema';
import { Observable } from 'rxjs';
import type { IntakeDeps } from './deps';

type Db = IntakeDeps['db'];
type StorageQuery = Parameters<Db['requests']['storageInstance']['query']>[0];

/** Rows a list shows at first; the screen asks for more. */
export const LIST_PAGE = 50;

/** As toMutableJSON gives it: without the storage's bookkeeping fields. */
function storedRequest(stored: Record<string, unknown>): RequestDoc {
  const { _meta: _m, _rev: _r, _attachments: _a, _deleted: _d, ...doc } = stored;
  return doc as RequestDoc;
}

/** A page's documents (`page` carries its limit) and how many documents `all` counts. */
export async function readPage(db: Db, page: StorageQuery, all: StorageQuery): Promise<{ docs: RequestDoc[]; count: number }> {
  const storage = db.requests.storageInstance;
  const [read, counted] = await Promise.all([storage.query(page), storage.count(all)]);
  return { docs: read.documents.map((doc) => storedRequest(doc as unknown as Record<string, unknown>)), count: counted.count };
}

/**
 * Reads on each trigger, and once more after a read for triggers that came during it (never two
 * reads at once, and every read's answer shown: a steady stream of writes, a pull, still shows
 * lists as they were a moment ago instead of cancelling every read).
 */
export function readOnEach<T>(trigger: Observable<unknown>, read: () => Promise<T>): Observable<T> {
  return new Observable<T>((subscriber) => {
    let pending = false;
    let running = false;
    const run = async () => {
      running = true;
      while (pending && !subscriber.closed) {
        pending = false;
        try {
          subscriber.next(await read());
        } catch (error) {
          subscriber.error(error);
        }
      }
      running = false;
    };
    const triggers = trigger.subscribe({
      next: () => {
        pending = true;
        if (!running) void run();
      },
      error: (error: unknown) => subscriber.error(error),
    });
    return () => triggers.unsubscribe();
  });
}
