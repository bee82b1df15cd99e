/**
 * The liaison matrix and delegations edited by the admin on a real desk database (policy 3.7a): refused
 * edits write nothing (no entry, no audit); a saved cell routes new cases to its officer; a delegation
 * hands them to the delegate until it ends; the matrix screen shows every gap.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { MantineProvider } from '@mantine/core';
import { I18nextProvider } from 'react-i18next';
import { caseClocksFrom, delegationsFrom, domainUnitsFrom, liaisonMatrixFrom } from '@shared/catalog/case-catalog';
import { routeCase } from '@shared/cases/case-routing';
import { i18next } from '@renderer/i18n/i18n';
import { endDelegation, saveCaseClock, saveDelegation, saveLiaisonCell } from '@renderer/features/catalog/data/case-routing-admin';
import { LiaisonMatrix } from '@renderer/features/catalog/components/liaison-matrix';
import type { CaseRouting } from '@renderer/features/catalog/hooks/use-case-routing';
import { staffDoc } from './db-fixtures';
import { auditActions, openIntakeDesk, type IntakeDesk } from './intake-fixtures';

let desk: IntakeDesk | null = null;
afterEach(async () => {
  await desk?.close();
  desk = null;
});

const admin = (d: IntakeDesk) => ({ db: d.db, actor: { id: 'staff-admin' }, desk: { deskId: 'desk' }, now: () => d.clock.at });
const counts = async (d: IntakeDesk) => ({ catalog: await d.db.catalog.count().exec(), audit: await d.db.audit.count().exec() });
const WIDOWS = { key: 'widows', labelAr: 'الأرامل', labelEn: 'Widows' };

async function withOfficers(): Promise<IntakeDesk> {
  const d = await openIntakeDesk();
  for (const [id, username, roles] of [['off-a', 'officer.a', ['liaison-officer']], ['off-b', 'officer.b', ['follow-up-officer']], ['rcp-1', 'reception.a', ['receptionist']]] as const) {
    await d.db.staff.insert(staffDoc({ id, username, displayName: username, roles: [...roles] }));
  }
  await d.db.staff.insert(staffDoc({ id: 'off-gone', username: 'officer.gone', roles: ['liaison-officer'], active: false }));
  return d;
}

async function routing(d: IntakeDesk, today: string) {
  const entries = (await d.db.catalog.find().exec()).map((doc) => doc.toMutableJSON());
  return routeCase({ category: 'widows', domain: 'financial-aid', concernsStaffIds: [] }, {
    matrix: liaisonMatrixFrom(entries), delegations: delegationsFrom(entries), domainUnits: domainUnitsFrom(entries), today, isActiveStaff: () => true,
  });
}

describe('editing the liaison matrix', () => {
  it('refuses a cell without an officer, with someone who may not hold cases, or the officer as their own backup: nothing written', async () => {
    desk = await withOfficers();
    const before = await counts(desk);
    const results = await Promise.all([
      saveLiaisonCell(admin(desk), WIDOWS, 'financial-aid', { officerId: '', backupId: 'off-b' }),
      saveLiaisonCell(admin(desk), WIDOWS, 'financial-aid', { officerId: 'rcp-1', backupId: 'off-gone' }),
      saveLiaisonCell(admin(desk), WIDOWS, 'financial-aid', { officerId: 'off-a', backupId: 'off-a' }),
    ]);
    expect(results.map((r) => !r.ok && r.error)).toEqual([['liaison.officer-required'], ['liaison.officer-unknown', 'liaison.backup-unknown'], ['liaison.backup-same']]);
    expect(await counts(desk)).toEqual(before);
  });

  it('a saved cell routes new cases to its officer, in the domain\'s unit; cleared, it is a gap again', async () => {
    desk = await withOfficers();
    expect(await routing(desk, '2026-03-01')).toMatchObject({ kind: 'gap', unitId: 'follow-up' });
    expect((await saveLiaisonCell(admin(desk), WIDOWS, 'financial-aid', { officerId: 'off-a', backupId: 'off-b' })).ok).toBe(true);
    expect((await saveLiaisonCell(admin(desk), WIDOWS, 'health', { officerId: 'off-b', backupId: '' })).ok).toBe(true);
    expect(await routing(desk, '2026-03-01')).toEqual({ kind: 'officer', officerId: 'off-a', unitId: 'financial-aid', via: 'officer' });
    expect((await desk.db.catalog.findOne('lia:widows').exec())?.toMutableJSON()).toMatchObject({ kind: 'liaison-row', labelAr: 'الأرامل', data: { cells: { health: { officerId: 'off-b', backupId: '' } } } });
    expect((await saveLiaisonCell(admin(desk), WIDOWS, 'financial-aid', { officerId: '', backupId: '' })).ok).toBe(true);
    expect(await routing(desk, '2026-03-01')).toMatchObject({ kind: 'gap' });
    expect(await auditActions(desk.db, 'lia:widows')).toEqual(['catalog.create', 'catalog.update', 'catalog.update']);
  });
});

describe('delegations', () => {
  it('refuses a reversed, an already-ended or an overlapping delegation; one in effect routes to the delegate until it ends', async () => {
    desk = await withOfficers();
    const d = desk;
    await saveLiaisonCell(admin(d), WIDOWS, 'financial-aid', { officerId: 'off-a', backupId: '' });
    const add = (from: string, to: string, delegateId = 'off-b') => saveDelegation(admin(d), { officerId: 'off-a', delegateId, from, to }, 'officer.a → officer.b');
    const refusals = [await add('2026-03-05', '2026-03-02'), await add('2026-02-01', '2026-02-20'), await add('2026-03-01', '2026-03-04', 'off-a')];
    expect(refusals.map((r) => !r.ok && r.error)).toEqual([['delegation.reversed'], ['delegation.ended'], ['delegation.same-person']]);
    expect((await add('2026-03-01', '2026-03-04')).ok).toBe(true);
    expect(await add('2026-03-03', '2026-03-09')).toEqual({ ok: false, error: ['delegation.overlap'] });
    expect(await routing(d, '2026-03-03')).toMatchObject({ officerId: 'off-b', via: 'delegate' });
    expect(await routing(d, '2026-03-05')).toMatchObject({ officerId: 'off-a', via: 'officer' });
    const key = delegationsFrom((await d.db.catalog.find({ selector: { kind: 'delegation' } }).exec()).map((doc) => doc.toMutableJSON()))[0]?.key ?? '';
    expect((await endDelegation(admin(d), key)).ok).toBe(true);
    expect(await routing(d, '2026-03-03')).toMatchObject({ officerId: 'off-a', via: 'officer' });
  });
});

describe('each kind\'s clock', () => {
  it('is edited in whole working days from 1 to 250; a refused value writes nothing', async () => {
    desk = await withOfficers();
    const before = await counts(desk);
    const refused = await Promise.all([{ acknowledgeDays: 0, resolveDays: 5 }, { acknowledgeDays: 1, resolveDays: 2.5 }, { acknowledgeDays: 1, resolveDays: 251 }].map((days) => saveCaseClock(admin(desk as IntakeDesk), 'inquiry', days)));
    expect(refused.map((r) => !r.ok && r.error)).toEqual([['case-clock.days'], ['case-clock.days'], ['case-clock.days']]);
    expect(await counts(desk)).toEqual(before);
    expect((await saveCaseClock(admin(desk), 'inquiry', { acknowledgeDays: 2, resolveDays: 7 })).ok).toBe(true);
    const clocks = caseClocksFrom((await desk.db.catalog.find({ selector: { kind: 'case-clock' } }).exec()).map((doc) => doc.toMutableJSON()));
    expect(clocks).toMatchObject({ inquiry: { acknowledgeDays: 2, resolveDays: 7 }, complaint: { acknowledgeDays: 1, resolveDays: 10 } });
    expect(await auditActions(desk.db, 'clk:inquiry')).toEqual(['catalog.update']);
  });
});

describe('the matrix screen', () => {
  it('names each cell\'s officer and backup and shows every gap', () => {
    const state: CaseRouting = {
      categories: [{ id: 'cat:widows', kind: 'beneficiary-category', ...WIDOWS, active: true, order: 0, updatedAt: '', updatedBy: '', deskId: '' }],
      domains: (['health', 'housing'] as const).map((key, order) => ({ id: `dom:${key}`, kind: 'association-domain', key, labelAr: key === 'health' ? 'الخدمات الصحية' : 'الإسكان', labelEn: key, active: true, order, updatedAt: '', updatedBy: '', deskId: '' })),
      matrix: { widows: { health: { officerId: 'off-a', backupId: 'off-b' } } },
      delegations: [],
      holders: [{ id: 'off-a', displayName: 'منى العتيبي' }, { id: 'off-b', displayName: 'هند الشمري' }],
    };
    const html = renderToStaticMarkup(
      <I18nextProvider i18n={i18next}>
        <MantineProvider>
          <LiaisonMatrix deps={{} as never} routing={state} />
        </MantineProvider>
      </I18nextProvider>,
    );
    expect(html).toContain('منى العتيبي');
    expect(html).toContain(i18next.t('caseRouting.backupShort', { name: 'هند الشمري' }));
    expect(html).toContain(i18next.t('caseRouting.gaps', { count: 1 }));
    expect(html.split(i18next.t('caseRouting.gap') + '<').length - 1).toBe(1);
  });
});
