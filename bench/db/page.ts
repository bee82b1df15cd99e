/**
 * Runs in Chromium (production build, so no dev-mode): raw Dexie bulkPut versus RxDB bulkInsert
 * through the app's own openDatabase/createWaslDatabase path (Dexie storage, the app's password
 * wrapper, production validation setting), each into a fresh database, plus an indexed query.
 */
import { Dexie } from 'dexie';
import type { RxCollection } from 'rxdb/plugins/core';
import { createWaslDatabase, openDatabase, VALIDATE_IN_PRODUCTION } from '../../renderer/src/db/database';
import { beneficiaryDefinition, type BenchBeneficiary } from './beneficiary-schema';
import { makeDocs, QUERY_PREFIX } from './docs';

// Same shape as the desk's storage secret (64 hex characters).
const PASSWORD = 'a3'.repeat(32);

type Timing = { insertMs: number; queryMs: number; found: number };

const closedRawDatabases: string[] = [];

/**
 * Closes the raw database now and deletes it after all runs: deleting right after the close
 * logs "delete was blocked" in Chromium (the close completes asynchronously) and would spend
 * the next run's time on the deletion.
 */
async function dropDexie(db: Dexie, name: string): Promise<void> {
  db.close({ disableAutoOpen: true });
  closedRawDatabases.push(name);
}

async function deleteClosedRawDatabases(): Promise<void> {
  for (const name of closedRawDatabases.splice(0)) await Dexie.delete(name);
}

async function rawDexie(docs: BenchBeneficiary[], name: string): Promise<Timing> {
  const db = new Dexie(name);
  db.version(1).stores({ docs: 'id, nameKey, fileNo, updatedAt' });
  await db.open();
  const table = db.table<BenchBeneficiary, string>('docs');
  const t0 = performance.now();
  await table.bulkPut(docs);
  const insertMs = performance.now() - t0;
  const q0 = performance.now();
  const found = await table.where('nameKey').startsWith(QUERY_PREFIX).toArray();
  const queryMs = performance.now() - q0;
  await dropDexie(db, name);
  return { insertMs, queryMs, found: found.length };
}

/**
 * Where RxDB's extra time goes, part 1: its Dexie storage reads every id in the write transaction
 * (to detect conflicts) before it puts. The same read-then-put done with raw Dexie.
 */
async function rawReadThenPut(docs: BenchBeneficiary[], name: string): Promise<number> {
  const db = new Dexie(name);
  db.version(1).stores({ docs: 'id, nameKey, fileNo, updatedAt' });
  await db.open();
  const table = db.table<BenchBeneficiary, string>('docs');
  const t0 = performance.now();
  await db.transaction('rw', table, async () => {
    await table.bulkGet(docs.map((d) => d.id));
    await table.bulkPut(docs);
  });
  const ms = performance.now() - t0;
  await dropDexie(db, name);
  return ms;
}

async function rxdb(docs: BenchBeneficiary[], name: string, validate: boolean): Promise<Timing> {
  const db = await openDatabase<{ beneficiaries: RxCollection<BenchBeneficiary> }>(
    { name, password: PASSWORD, validate },
    { beneficiaries: beneficiaryDefinition },
  );
  const t0 = performance.now();
  const result = await db.beneficiaries.bulkInsert(docs);
  const insertMs = performance.now() - t0;
  if (result.error.length > 0) throw new Error(`bulkInsert: ${result.error.length} errors, first ${JSON.stringify(result.error[0])}`);
  const q0 = performance.now();
  const found = await db.beneficiaries
    .find({ selector: { nameKey: { $gte: QUERY_PREFIX, $lt: `${QUERY_PREFIX}\uffff` } } })
    .exec();
  const queryMs = performance.now() - q0;
  await db.remove();
  return { insertMs, queryMs, found: found.length };
}

/** Cost of creating the app database itself (staff + audit), as at start-up before the UI. */
async function openAppDatabase(name: string): Promise<number> {
  const t0 = performance.now();
  const db = await createWaslDatabase({ name, password: PASSWORD });
  const ms = performance.now() - t0;
  await db.remove();
  return ms;
}

export type DbBenchResult = {
  count: number;
  docBytes: number;
  validateInProduction: boolean;
  runs: { raw: Timing; rawReadThenPutMs: number; rxdb: Timing; rxdbValidated: Timing; openMs: number }[];
};

async function runDbBench({ count, runs }: { count: number; runs: number }): Promise<DbBenchResult> {
  const docs = makeDocs(count);
  const docBytes = new TextEncoder().encode(JSON.stringify(docs)).length / count;
  const out: DbBenchResult['runs'] = [];
  for (let i = 0; i < runs; i++) {
    // Fresh copies: no variant sees objects another one touched.
    const raw = await rawDexie(structuredClone(docs), `bench-raw-${i}`);
    const rawReadThenPutMs = await rawReadThenPut(structuredClone(docs), `bench-rawrp-${i}`);
    const rx = await rxdb(structuredClone(docs), `bench-rx-${i}`, VALIDATE_IN_PRODUCTION);
    const rxValidated = await rxdb(structuredClone(docs), `bench-rxv-${i}`, true);
    const openMs = await openAppDatabase(`bench-app-${i}`);
    out.push({ raw, rawReadThenPutMs, rxdb: rx, rxdbValidated: rxValidated, openMs });
  }
  await deleteClosedRawDatabases();
  return { count, docBytes, validateInProduction: VALIDATE_IN_PRODUCTION, runs: out };
}

(window as unknown as { runDbBench: typeof runDbBench }).runDbBench = runDbBench;
