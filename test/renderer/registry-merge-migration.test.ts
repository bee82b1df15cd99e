/**
 * The beneficiary schema's v0 → v1 migration (optional merge fields) on real encrypted RxDB: files
 * stored before merging existed open unchanged, and merge fields can be written afterwards.
 */
import type { RxCollection } from 'rxdb/plugins/core';
import { afterEach, expect, it } from 'vitest';
import { openDatabase } from '../../renderer/src/db/database';
import { COLLECTIONS } from '../../shared/db/collections';
import type { BeneficiaryDoc } from '../../shared/db/schemas/beneficiary.schema';
import { fakeDexieStorage, uniqueName } from './db-fixtures';
import { beneficiaryDoc } from './intake-fixtures';
import { PASSWORD } from './registry-fixtures';

type Files = { beneficiaries: RxCollection<BeneficiaryDoc> };
const toClose: { close(): Promise<unknown> }[] = [];
afterEach(async () => {
  await Promise.all(toClose.splice(0).map((db) => db.close()));
});

it('opens files stored at beneficiary schema v0 unchanged at v1, which takes the merge fields', async () => {
  const name = uniqueName('wasl-merge-migrate-');
  const { schema } = COLLECTIONS.beneficiaries;
  const { mergedInto: _a, mergedAt: _b, mergedBy: _c, mergedFrom: _d, ...v0Properties } = schema.properties;
  const v0 = { schema: { ...schema, version: 0, properties: v0Properties }, migrationStrategies: {} };
  const stored = beneficiaryDoc();
  const before = await openDatabase<Files>({ name, storage: fakeDexieStorage(), password: PASSWORD }, { beneficiaries: v0 });
  await before.beneficiaries.insert(stored);
  await before.close();

  const after = await openDatabase<Files>({ name, storage: fakeDexieStorage(), password: PASSWORD }, { beneficiaries: COLLECTIONS.beneficiaries });
  toClose.push(after);
  const doc = await after.beneficiaries.findOne(stored.id).exec();
  expect(doc?.toJSON()).toEqual(stored);
  await doc?.incrementalPatch({ mergedInto: crypto.randomUUID(), mergedAt: stored.updatedAt, mergedBy: 'staff-1' });
  expect((await after.beneficiaries.findOne(stored.id).exec())?.mergedBy).toBe('staff-1');
});
