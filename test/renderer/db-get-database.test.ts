/**
 * The app path: getDatabase() asks the bridge for the storage secret (the browser bridge here,
 * on fake IndexedDB installed as the global) and opens the one 'wasl' database.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { closeDatabase, DATABASE_NAME, getDatabase } from '../../renderer/src/db/database';
import { staffDoc } from './db-fixtures';

describe('getDatabase', () => {
  it('opens the database once and reopens it after closeDatabase with the same secret', async () => {
    const [a, b] = await Promise.all([getDatabase(), getDatabase()]);
    expect(a).toBe(b);
    expect(a.name).toBe(DATABASE_NAME);
    expect(a.password).toMatch(/^[0-9a-f]{64}$/);
    await a.staff.insert(staffDoc());
    await closeDatabase();
    expect(a.closed).toBe(true);

    const c = await getDatabase();
    expect(c).not.toBe(a);
    expect(await c.staff.count().exec()).toBe(1);
    await closeDatabase();
    await closeDatabase(); // idempotent
  });
});
