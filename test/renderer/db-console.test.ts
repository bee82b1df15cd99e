/**
 * Its own file, so this is the first database opened in its realm: RxDB's Dexie storage prints
 * its premium banner once per realm, on the first write, and that must not reach the console.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWaslDatabase } from '../../renderer/src/db/database';
import { withoutOpenCoreNotice } from '../../renderer/src/db/open-core-notice';
import { DESK_ID, fakeDexieStorage, staffDoc, uniqueName } from './db-fixtures';

afterEach(() => vi.restoreAllMocks());

describe('console while opening the database', () => {
  it('prints no warnings or errors while opening and writing', async () => {
    const warn = vi.spyOn(console, 'warn');
    const error = vi.spyOn(console, 'error');
    const log = vi.spyOn(console, 'log');
    const db = await createWaslDatabase({ name: uniqueName('wasl-console-'), storage: fakeDexieStorage() });
    try {
      await db.staff.insert(staffDoc());
      await db.audit.insert({
        id: 'a1', at: '2025-06-01T08:00:00.000Z', actorId: '', action: 'desk.setup', entity: 'desk',
        entityId: DESK_ID, fields: ['deskCode'], deskId: DESK_ID, updatedAt: '2025-06-01T08:00:00.000Z', updatedBy: '',
      });
    } finally {
      await db.close();
    }
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
    expect(log).not.toHaveBeenCalled();
  });

  it('swallows only the banner, passes other warnings through, and restores console.warn', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await withoutOpenCoreNotice(async () => {
      console.warn('-------------- RxDB Open Core RxStorage -------------------------------\nbuy premium');
      console.warn('something real');
      await Promise.all([
        withoutOpenCoreNotice(async () => console.warn('nested')),
        withoutOpenCoreNotice(async () => undefined),
      ]);
    });
    expect(warn.mock.calls).toEqual([['something real'], ['nested']]);
    expect(console.warn).toBe(warn);
  });
});
