import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decideOnMinute, moveTo, openFromCase, readCompensation, saveMinute, type CompensationDeps } from '../../renderer/src/features/compensation/data';
import type { Role } from '../../shared/staff/roles';
import { complaint } from '../shared/compensation-fixtures';
import { staffDoc } from './db-fixtures';
import { CLERK, MANAGER, openCasesDesk, type CasesDesk } from './cases-fixtures';
import { DESK } from './intake-fixtures';

/**
 * The compensation feature's writes on the desk's real database (encrypted Dexie on fake-indexeddb):
 * opening links both cases, a decision on a stale version is refused and writes nothing, a receptionist
 * reads nothing of the case.
 */
const A = { id: 'member-a', roles: ['committee-member'] as Role[] };
const B = { id: 'member-b', roles: ['committee-member'] as Role[] };
const CONTENT = { date: '2026-04-02', presentIds: [A.id, B.id], harm: 'غرامة تأخير', size: 'ألف ريال', causes: 'تأخر الصرف', decision: 'تعويض', amount: 100_000 };
let desk: CasesDesk;
const as = (actor: { id: string; roles: Role[] }): CompensationDeps => ({ db: desk.db, actor, desk: DESK, now: () => desk.clock.at });

beforeEach(async () => {
  desk = await openCasesDesk();
  for (const [i, member] of [A, B].entries()) await desk.db.staff.insert(staffDoc({ id: member.id, username: `member${i}`, displayName: `عضو ${i}`, roles: member.roles, unitIds: [] }));
  await desk.db.cases.insert(complaint({ id: 'complaint-1', deskId: DESK.deskId }));
});
afterEach(async () => desk.close());

async function putBeforeTheCommittee(): Promise<string> {
  const opened = await openFromCase(as(MANAGER), 'complaint-1', { harm: 'غرامة تأخير', claimedAmount: 100_000, causes: '', evidence: [] });
  if (!opened.ok) throw new Error(opened.error.code);
  expect((await desk.db.cases.findOne('complaint-1').exec())?.compensationCaseId).toBe(opened.value.id);
  expect(opened.value.compensation?.originCaseId).toBe('complaint-1');
  expect((await moveTo(as(MANAGER), opened.value.id, 'under-investigation')).ok).toBe(true);
  const put = await saveMinute(as(MANAGER), opened.value.id, CONTENT);
  if (!put.ok) throw new Error(put.error.code);
  expect(put.value.compensation?.minute).toMatchObject({ version: 1, requiredIds: [A.id, B.id] });
  expect(put.value.compensation?.minuteNumber).toMatch(/^[A-Z0-9]+-M\d{4}-000001$/);
  return opened.value.id;
}

describe('compensation on the desk', () => {
  it('refuses an approval of a stale version, says why, and writes nothing', async () => {
    const id = await putBeforeTheCommittee();
    const first = (await readCompensation(as(A), id))?.compensation?.minute?.hash ?? '';
    expect((await decideOnMinute(as(A), id, { decision: 'approve', hash: first, reason: '' })).ok).toBe(true);
    const revised = await saveMinute(as(MANAGER), id, { ...CONTENT, amount: 120_000 });
    expect(revised.ok && revised.value.compensation?.minute?.version).toBe(2);
    const before = (await desk.db.cases.findOne(id).exec())?.toMutableJSON();
    expect(await decideOnMinute(as(B), id, { decision: 'approve', hash: first, reason: '' })).toEqual({ ok: false, error: { code: 'compensation.stale-version' } });
    expect((await desk.db.cases.findOne(id).exec())?.toMutableJSON()).toEqual(before);
  });

  it('is nothing to a receptionist on the same desk', async () => {
    const id = await putBeforeTheCommittee();
    expect(await readCompensation(as({ ...CLERK, roles: ['receptionist'] }), id)).toBeNull();
    expect(await decideOnMinute(as({ id: CLERK.id, roles: ['receptionist'] }), id, { decision: 'approve', hash: 'x', reason: '' })).toEqual({ ok: false, error: { code: 'compensation.not-found' } });
  });
});
