import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWaslDatabase, type WaslDatabase } from '@renderer/db/database';
import { readDeskSettings } from '@renderer/db/desk-settings';
import { validateSetup, type SetupInput } from '@renderer/features/setup/validate-setup';
import { completeSetup } from '@renderer/features/setup/data/complete-setup';
import { discardInterruptedSetup } from '@renderer/features/setup/data/discard-interrupted-setup';
import { attemptPassword } from '@renderer/features/auth/data/attempt-password';
import { changedSettings, validateSettings } from '@renderer/features/settings/validate-settings';
import { fakeDexieStorage, uniqueName } from './db-fixtures';

const open: WaslDatabase[] = [];
async function create(): Promise<WaslDatabase> {
  const db = await createWaslDatabase({ name: uniqueName('wasl-ui-'), storage: fakeDexieStorage() });
  open.push(db);
  return db;
}
afterEach(async () => {
  vi.useRealTimers();
  await Promise.all(open.splice(0).map((db) => db.close()));
});

const GOOD: SetupInput = {
  associationName: ' جمعية قادي ',
  deskName: 'الاستقبال',
  deskCode: ' ryd1 ',
  adminName: 'نورة العتيبي',
  username: ' Noura.Admin ',
  password: 'Kadi-Desk-2026',
  passwordConfirm: 'Kadi-Desk-2026',
};

describe('validateSetup', () => {
  it('normalises a good form', () => {
    const result = validateSetup(GOOD);
    expect(result).toMatchObject({ ok: true, value: { associationName: 'جمعية قادي', deskCode: 'RYD1', username: 'noura.admin' } });
  });

  it.each([
    [{ deskCode: '' }, 'deskCode', 'desk-code.empty'],
    [{ deskCode: 'a-1' }, 'deskCode', 'desk-code.format'],
    [{ deskCode: 'TOOLONG7' }, 'deskCode', 'desk-code.format'],
    [{ password: 'short1', passwordConfirm: 'short1' }, 'password', 'password.too-short'],
    [{ password: '12345678901', passwordConfirm: '12345678901' }, 'password', 'password.all-digits'],
    [{ passwordConfirm: 'something-else' }, 'passwordConfirm', 'password.mismatch'],
    [{ associationName: '  ' }, 'associationName', 'setup.association-required'],
    [{ deskName: '' }, 'deskName', 'setup.desk-name-required'],
    [{ adminName: '' }, 'adminName', 'staff.name-required'],
    [{ username: '1abc' }, 'username', 'staff.username-format'],
  ])('refuses %o', (patch, field, code) => {
    const result = validateSetup({ ...GOOD, ...patch });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error[field as keyof SetupInput]).toBe(code);
  });
});

describe('completeSetup and an interrupted setup', () => {
  it('writes the admin, the audit and the desk settings', async () => {
    const db = await create();
    const result = validateSetup(GOOD);
    if (!result.ok) throw new Error('fixture');
    const admin = await completeSetup(db, result.value, 'ar');
    const settings = await readDeskSettings(db);
    expect(settings).toMatchObject({ deskCode: 'RYD1', idleLockMinutes: 5, locale: 'ar' });
    const staff = await db.staff.findOne(admin.staffId).exec();
    expect(staff?.roles).toEqual(['admin']);
    expect(staff?.deskId).toBe(settings?.deskId);
    expect(JSON.stringify(staff?.toJSON())).not.toContain(GOOD.password);
    expect((await db.audit.find().exec()).map((a) => a.action).sort()).toEqual(['desk.setup', 'staff.create']);
  });

  it('removes staff and audit left by a setup that never wrote its settings', async () => {
    const db = await create();
    const result = validateSetup(GOOD);
    if (!result.ok) throw new Error('fixture');
    await completeSetup(db, result.value, 'ar');
    await db.getLocal('desk').then((doc) => doc?.remove()); // as if the last write never happened
    await discardInterruptedSetup(db);
    expect(await db.staff.count().exec()).toBe(0);
    expect(await db.audit.count().exec()).toBe(0);
  });
});

describe('attemptPassword', () => {
  it('locks after five failures, persists it, refuses the right password, then lets it through', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-03-01T08:00:00Z') });
    const db = await create();
    const result = validateSetup(GOOD);
    if (!result.ok) throw new Error('fixture');
    const admin = await completeSetup(db, result.value, 'ar');
    for (let i = 0; i < 4; i += 1) expect((await attemptPassword(db, admin.staffId, 'wrong-one', 'sign-in')).kind).toBe('wrong');
    expect((await attemptPassword(db, admin.staffId, 'wrong-one', 'unlock')).kind).toBe('locked');
    const stored = await db.staff.findOne(admin.staffId).exec();
    expect(stored?.failedAttempts).toBe(5);
    expect(stored?.lockedUntil).toBeGreaterThan(Date.now());
    expect((await attemptPassword(db, admin.staffId, GOOD.password, 'sign-in')).kind).toBe('locked');
    vi.setSystemTime(Date.now() + 61_000);
    expect(await attemptPassword(db, admin.staffId, GOOD.password, 'sign-in')).toMatchObject({ kind: 'ok', user: { roles: ['admin'] } });
    expect((await db.staff.findOne(admin.staffId).exec())?.failedAttempts).toBe(0);
    const actions = (await db.audit.find().exec()).map((a) => a.action);
    expect(actions.filter((a) => a === 'session.sign-in-failed')).toHaveLength(4);
    expect(actions).toContain('session.unlock-failed');
    expect(actions).toContain('session.sign-in');
  }, 30_000);
});

describe('validateSettings', () => {
  const base = { associationName: 'جمعية', deskName: 'مكتب', idleLockMinutes: '5', locale: 'ar' as const };
  it('accepts whole minutes 1..60 and reports changed fields', () => {
    const result = validateSettings({ ...base, idleLockMinutes: '15' });
    expect(result.ok && changedSettings(result.value, { ...base, idleLockMinutes: 5 })).toEqual(['idleLockMinutes']);
  });
  it.each(['0', '61', '2.5', '', 'abc'])('refuses idle minutes %s', (minutes) => {
    const result = validateSettings({ ...base, idleLockMinutes: minutes });
    expect(!result.ok && result.error.idleLockMinutes).toBe('idle.range');
  });
});
