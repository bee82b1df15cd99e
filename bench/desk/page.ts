/**
 * Runs in Chromium (production build, the app's CSP): seeds an encrypted desk (the app's own
 * createWaslDatabase with a password: AES-GCM at rest) of N files, N requests and 2N contacts,
 * indexes the files with the app's search index; then, in a reloaded page (nothing in memory),
 * opens the desk as the app does and drives the data functions the screens use: the registry's
 * search, a file (the file, its requests, its timeline) and the request lists (due lists, to refer,
 * a unit's queue). Subscriptions stay open, as on screen, for the heap reading.
 */
import { firstValueFrom, type Observable, type Subscription } from 'rxjs';
import { seedHolidays } from '../../shared/calendar/seed-holidays';
import { HOLIDAY_SEED_YEARS } from '../../shared/catalog/holiday-catalog';
import { CLOCK_RUNNING_STATUSES } from '../../shared/intake/request-status';
import { createWaslDatabase, type WaslDatabase } from '../../renderer/src/db/database';
import { createSearchIndex } from '../../renderer/src/db/search-index';
import { watchHeldCopies } from '../../renderer/src/db/held-copy-purge';
import { followBeneficiary } from '../../renderer/src/features/beneficiaries/data/open-beneficiary';
import { watchDueLists } from '../../renderer/src/features/intake/data/due-lists';
import { watchRequestsOfBeneficiary } from '../../renderer/src/features/intake/data/queries';
import { watchToRefer, watchUnitQueue } from '../../renderer/src/features/intake/data/queue-lists';
import { watchTimeline } from '../../renderer/src/features/intake/data/timeline';
import { generateDocs } from '../search/generate';
import { generateInteractions, generateRequests, TODAY } from './generate';

const PASSWORD = 'c4'.repeat(32);
const KEY = '5a'.repeat(32);
const BATCH = 2000;

async function insertAll<T>(insert: (docs: T[]) => Promise<{ error: unknown[] }>, docs: readonly T[]): Promise<number> {
  const t0 = performance.now();
  for (let i = 0; i < docs.length; i += BATCH) {
    const result = await insert(docs.slice(i, i + BATCH));
    if (result.error.length > 0) throw new Error(`insert failed: ${JSON.stringify(result.error[0])}`);
  }
  return performance.now() - t0;
}

/** A page error as text the bench can print (a minified error class says nothing on its own). */
function described(error: unknown): Error {
  const e = error as { name?: string; message?: string; code?: string; parameters?: unknown; stack?: string };
  return new Error(`${e?.name ?? ''} ${e?.code ?? ''} ${e?.message ?? String(error)} ${JSON.stringify(e?.parameters ?? '').slice(0, 500)} ${e?.stack?.slice(0, 800) ?? ''}`);
}

async function seedDeskBench(cfg: { name: string; count: number }) {
  try {
    return await seed(cfg);
  } catch (error) {
    throw described(error);
  }
}

async function seed({ name, count }: { name: string; count: number }) {
  const holidays = seedHolidays(HOLIDAY_SEED_YEARS);
  const db = await createWaslDatabase({ name, password: PASSWORD });
  const files = generateDocs(count);
  // The app's path: the index follows the collection and indexes files as they are written.
  const index = createSearchIndex(db, KEY);
  await index.start();
  const filesMs = await insertAll((docs) => db.beneficiaries.bulkInsert(docs), files);
  console.log(`seeded files in ${filesMs.toFixed(0)} ms`);
  const i0 = performance.now();
  await index.settled();
  const indexMs = performance.now() - i0;
  await index.close();
  const requests = generateRequests(files.map((doc) => doc.id), holidays);
  files.length = 0;
  const requestsMs = await insertAll((docs) => db.requests.bulkInsert(docs), requests);
  console.log(`seeded requests in ${requestsMs.toFixed(0)} ms`);
  const interactions = generateInteractions(requests);
  const interactionsMs = await insertAll((docs) => db.interactions.bulkInsert(docs), interactions);
  const running = requests.filter((r) => !['informed', 'closed', 'withdrawn'].includes(r.status)).length;
  await db.close();
  return { filesMs, indexMs, requestsMs, interactionsMs, running, interactions: interactions.length };
}

const held: Subscription[] = [];
/** Subscribes (and keeps the subscription, as a screen does) and resolves on the first value. */
function show<T>(source: Observable<T>): Promise<T> {
  return new Promise((resolve, reject) => held.push(source.subscribe({ next: resolve, error: reject })));
}
const timed = async <T>(f: () => Promise<T>): Promise<[T, number]> => {
  const t0 = performance.now();
  const value = await f();
  return [value, performance.now() - t0];
};

async function openDeskBench({ name, query }: { name: string; query: string }) {
  // performance.now() counts from this page's navigation: the app's load is part of its cold start.
  const loaded = performance.now();
  const db: WaslDatabase = await createWaslDatabase({ name, password: PASSWORD });
  const opened = performance.now();
  const index = createSearchIndex(db, KEY);
  await index.start();
  const started = performance.now();
  const hits = await index.search(query);
  const answered = performance.now();
  const cold = { loadMs: loaded, dbOpenMs: opened - loaded, indexStartMs: started - opened, firstSearchMs: answered - started, totalMs: answered, hits: hits.length };

  const deps = { db, now: () => new Date(`${TODAY}T07:00:00.000Z`) };
  const [lists, listsMs] = await timed(() => show(watchDueLists(deps)));
  const fileId = hits[0]?.id ?? '';
  const [file, fileMs] = await timed(() => Promise.all([show(followBeneficiary(db, fileId)), show(watchRequestsOfBeneficiary(deps, fileId)), show(watchTimeline(deps, fileId))]));
  const [queues, queuesMs] = await timed(() => Promise.all([show(watchToRefer(deps)), show(watchUnitQueue(deps, 'social'))]));
  // A second showing of the due lists (another screen opened): warm caches.
  const [, listsAgainMs] = await timed(() => firstValueFrom(watchDueLists(deps)));
  // For comparison only: the query the due lists made before (one $in over the running statuses).
  const [former, formerInMs] = await timed(() => db.requests.find({ selector: { status: { $in: [...CLOCK_RUNNING_STATUSES] } } }).exec());
  // The one pass per desk over its files for duplicate-check copies an earlier server left (held-copy-purge.ts):
  // what a desk of 100,000 complete files pays once, at its first start after the upgrade (it finds none).
  const [purged, heldCopyPassMs] = await timed(async () => {
    const purge = watchHeldCopies(db, (error) => console.error('held copies', error));
    await purge.idle();
    purge.stop();
    return (await db.beneficiaries.count().exec());
  });
  Object.assign(globalThis, { deskBenchHeld: { db, index, held } });
  return {
    heldCopyPassMs, keptAfterPass: purged,
    cold, listsMs, listsAgainMs, fileMs, queuesMs, formerInMs, formerCount: former.length,
    overdue: lists.overdueCount, dueSoon: lists.dueSoonCount, shown: lists.overdue.length + lists.dueSoon.length, timeline: file[2].length, toRefer: queues[0].count, unitQueue: queues[1].count, queueRows: queues[0].rows.length + queues[1].rows.length,
  };
}

Object.assign(globalThis, { seedDeskBench, openDeskBench });
