/**
 * Thrown errors become translation keys in one place (shared/errors.ts): the real errors of the
 * parts the desk runs on (RxDB on Dexie, fetch, the browser's quota) map to a key each, and every
 * key reads in Arabic and English. A screen shows t(key), never the exception's text.
 */
import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { ERROR_KEYS, errorKey } from '@shared/errors';
import { i18next } from '@renderer/i18n/i18n';
import { staffDoc } from './db-fixtures';
import { openDesk, type Desk } from './registry-fixtures';

const desks: Desk[] = [];
afterEach(async () => {
  await Promise.all(desks.splice(0).map((d) => d.close().catch(() => undefined)));
});

const thrown = async (run: () => Promise<unknown>): Promise<unknown> => {
  try {
    await run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
};

describe('errorKey', () => {
  it('names a write to a closed database (RxDB COL21) as the closed store', async () => {
    const desk = await openDesk();
    desks.push(desk);
    const staff = desk.db.staff;
    await desk.db.close();
    expect(errorKey(await thrown(() => staff.insert(staffDoc())))).toBe('errors.failure.storage-closed');
  });

  it('names a write whose storage was closed under the collection (Dexie storage) as the closed store', async () => {
    const desk = await openDesk();
    desks.push(desk);
    await desk.db.staff.storageInstance.close();
    expect(errorKey(await thrown(() => desk.db.staff.insert(staffDoc())))).toBe('errors.failure.storage-closed');
  });

  it('names a second insert of the same record (RxDB CONFLICT, 409) as a conflict', async () => {
    const desk = await openDesk();
    desks.push(desk);
    await desk.db.staff.insert(staffDoc({ id: 'staff-conflict' }));
    expect(errorKey(await thrown(() => desk.db.staff.insert(staffDoc({ id: 'staff-conflict' }))))).toBe('errors.failure.storage-conflict');
  });

  it('names the full disk, as Dexie wraps the browser QuotaExceededError', () => {
    const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    expect(errorKey(quota)).toBe('errors.failure.storage-full');
    expect(errorKey(new Dexie.AbortError('Transaction aborted', quota))).toBe('errors.failure.storage-full');
  });

  it('names a server out of reach (a refused connection, a timeout) as the network', async () => {
    expect(errorKey(await thrown(() => fetch('http://127.0.0.1:9/')))).toBe('errors.failure.network');
    expect(errorKey(new DOMException('The operation timed out.', 'TimeoutError'))).toBe('errors.failure.network');
  });

  it('names anything else as unknown, whatever its text', () => {
    expect(errorKey(new Error('Cannot read properties of undefined (reading "x")'))).toBe('errors.failure.unknown');
    expect(errorKey('a string')).toBe('errors.failure.unknown');
    expect(errorKey(null)).toBe('errors.failure.unknown');
  });

  it('every key reads in Arabic and in English', async () => {
    for (const lng of ['ar', 'en']) {
      const t = i18next.getFixedT(lng);
      for (const key of ERROR_KEYS) {
        expect(i18next.exists(key, { lng }), `${lng} ${key}`).toBe(true);
        expect(t(key)).not.toBe(key);
      }
    }
  });
});
