/**
 * Proves the migration mechanism with real RxDB on Dexie: a test-only collection is created at
 * version 0, then reopened at version 1 with a strategy, and the stored document comes back
 * migrated. Then the app's own staff migration (v0 → v1 adds unitIds) on a desk's real data.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { RxCollection } from 'rxdb/plugins/core';
import { openDatabase } from '../../renderer/src/db/database';
import { COLLECTIONS } from '../../shared/db/collections';
import type { CollectionDefinition } from '../../shared/db/collections';
import type { CollectionSchema } from '../../shared/db/schema-types';
import type { StaffDoc } from '../../shared/db/schemas/staff.schema';
import { fakeDexieStorage, staffDoc, uniqueName } from './db-fixtures';

type NoteV0 = { id: string; text: string };
type NoteV1 = { id: string; text: string; words: number };

const v0: CollectionSchema = {
  title: 'note', version: 0, primaryKey: 'id', type: 'object',
  properties: { id: { type: 'string', maxLength: 36 }, text: { type: 'string' } },
  required: ['id', 'text'], additionalProperties: false,
};
const v1: CollectionSchema = {
  ...v0, version: 1,
  properties: { ...v0.properties, words: { type: 'integer', minimum: 0 } },
  required: ['id', 'text', 'words'],
};
const migrateToV1: CollectionDefinition = {
  schema: v1,
  migrationStrategies: {
    1: (old) => ({ ...old, words: String(old.text).split(/\s+/).filter(Boolean).length }),
  },
};

const toClose: { close(): Promise<unknown> }[] = [];
afterEach(async () => {
  await Promise.all(toClose.splice(0).map((db) => db.close()));
});

describe('schema migration', () => {
  it('migrates stored documents to the new schema version on open', async () => {
    const name = uniqueName('wasl-migrate-');
    const before = await openDatabase<{ notes: RxCollection<NoteV0> }>(
      { name, storage: fakeDexieStorage() }, { notes: { schema: v0, migrationStrategies: {} } });
    await before.notes.bulkInsert([{ id: 'n1', text: 'وصل مكتب الاستقبال' }, { id: 'n2', text: 'one two' }]);
    await before.close();

    const after = await openDatabase<{ notes: RxCollection<NoteV1> }>({ name, storage: fakeDexieStorage() }, { notes: migrateToV1 });
    toClose.push(after);
    const docs = await after.notes.find({ sort: [{ id: 'asc' }] }).exec();
    expect(docs.map((d) => d.toJSON())).toEqual([
      { id: 'n1', text: 'وصل مكتب الاستقبال', words: 3 },
      { id: 'n2', text: 'one two', words: 2 },
    ]);
    // New writes must follow the new schema.
    await expect(after.notes.insert({ id: 'n3', text: 'x' } as NoteV1)).rejects.toThrow();
  });

  it('refuses to open a newer schema version without a strategy for it', async () => {
    const name = uniqueName('wasl-migrate-missing-');
    const before = await openDatabase({ name, storage: fakeDexieStorage() }, { notes: { schema: v0, migrationStrategies: {} } });
    await before.close();
    await expect(openDatabase({ name, storage: fakeDexieStorage() }, { notes: { schema: v1, migrationStrategies: {} } })).rejects.toThrow();
  });

  it('has a strategy for every version above 0 in the app collections', () => {
    for (const { schema, migrationStrategies } of Object.values(COLLECTIONS)) {
      for (let v = 1; v <= schema.version; v++) expect(migrationStrategies[v]).toBeTypeOf('function');
    }
  });
});

describe('staff schema v0 -> v1 (unitIds)', () => {
  // The staff schema as it shipped in version 0: no unitIds.
  const { unitIds: _unitIds, ...v0Properties } = COLLECTIONS.staff.schema.properties;
  const staffV0: CollectionSchema = {
    ...COLLECTIONS.staff.schema,
    version: 0,
    properties: v0Properties,
    required: COLLECTIONS.staff.schema.required.filter((field) => field !== 'unitIds'),
  };

  it('gives every existing account an empty unitIds on open, keeps its data, and signs in by username as before', async () => {
    const name = uniqueName('wasl-staff-v1-');
    const password = 'a-long-storage-secret-for-tests';
    const { unitIds: _none, ...oldDoc } = staffDoc({ roles: ['receptionist', 'follow-up-officer'] });
    const before = await openDatabase<{ staff: RxCollection<Omit<StaffDoc, 'unitIds'>> }>(
      { name, storage: fakeDexieStorage(), password }, { staff: { schema: staffV0, migrationStrategies: {} } });
    await before.staff.insert(oldDoc);
    await before.close();

    const after = await openDatabase<{ staff: RxCollection<StaffDoc> }>({ name, storage: fakeDexieStorage(), password }, { staff: COLLECTIONS.staff });
    toClose.push(after);
    const found = await after.staff.findOne({ selector: { username: 'admin' } }).exec();
    expect(found?.toJSON()).toEqual({ ...oldDoc, unitIds: [] });
    // The migrated account can be given units; the new schema refuses an account without the field.
    await found?.incrementalPatch({ unitIds: ['financial-aid'] });
    expect((await after.staff.findOne(oldDoc.id).exec())?.unitIds).toEqual(['financial-aid']);
    await expect(after.staff.insert({ ...oldDoc, id: 'other', username: 'other' } as StaffDoc)).rejects.toThrow();
  });
});
