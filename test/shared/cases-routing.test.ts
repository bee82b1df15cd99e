import { describe, expect, it } from 'vitest';
import { catalogSeed } from '@shared/catalog/seed';
import { caseClocksFrom, delegationsFrom, domainUnitsFrom, liaisonMatrixFrom, type Delegation, type LiaisonMatrix } from '@shared/catalog/case-catalog';
import { FOLLOW_UP_UNIT_KEY } from '@shared/catalog/units';
import { activeDelegation, matrixGaps, routeCase, type RoutingContext } from '@shared/cases/case-routing';

const MATRIX: LiaisonMatrix = {
  widows: { 'financial-aid': { officerId: 'officer-a', backupId: 'officer-b' }, health: { officerId: 'officer-c', backupId: '' } },
  elderly: { 'financial-aid': { officerId: '', backupId: 'officer-b' } },
};
const DOMAIN_UNITS = domainUnitsFrom(catalogSeed());
const delegation = (from: string, to: string, fields: Partial<Delegation> = {}): Delegation =>
  ({ key: 'd1', officerId: 'officer-a', delegateId: 'officer-d', from, to, active: true, ...fields });

const context = (fields: Partial<RoutingContext> = {}): RoutingContext => ({
  matrix: MATRIX, delegations: [], domainUnits: DOMAIN_UNITS, today: '2026-03-02', isActiveStaff: () => true, ...fields,
});
const input = (fields: Partial<{ category: string; domain: string; concernsStaffIds: string[] }> = {}) =>
  ({ category: 'widows', domain: 'financial-aid', concernsStaffIds: [], ...fields });

describe('routing through the liaison matrix (policy 3.7a)', () => {
  it('sends a case to the officer its category and domain name, in the domain\'s unit', () => {
    expect(routeCase(input(), context())).toEqual({ kind: 'officer', officerId: 'officer-a', unitId: 'financial-aid', via: 'officer' });
  });

  it('a gap (no cell, an empty cell, an anonymous case) falls to the follow-up unit\'s queue with no officer', () => {
    const gap = { kind: 'gap', officerId: '', unitId: FOLLOW_UP_UNIT_KEY, reason: 'no-cell' };
    expect(routeCase(input({ category: 'orphans-families' }), context())).toEqual(gap);
    expect(routeCase(input({ category: 'elderly' }), context())).toEqual(gap);
    expect(routeCase(input({ category: '' }), context())).toEqual(gap);
    expect(routeCase(input({ domain: 'housing' }), context())).toEqual(gap);
  });

  it('the backup takes it while the officer is away, inactive, or concerned by the case', () => {
    const backup = { kind: 'officer', officerId: 'officer-b', unitId: 'financial-aid', via: 'backup' };
    expect(routeCase(input(), context({ isAway: (id) => id === 'officer-a' }))).toEqual(backup);
    expect(routeCase(input(), context({ isActiveStaff: (id) => id !== 'officer-a' }))).toEqual(backup);
    expect(routeCase(input({ concernsStaffIds: ['officer-a'] }), context())).toEqual(backup);
  });

  it('nobody able (no backup, or the backup unable too) is a gap as well', () => {
    expect(routeCase(input({ domain: 'health' }), context({ isAway: () => true }))).toMatchObject({ kind: 'gap', reason: 'nobody-available', unitId: FOLLOW_UP_UNIT_KEY });
    expect(routeCase(input({ concernsStaffIds: ['officer-a', 'officer-b'] }), context())).toMatchObject({ kind: 'gap', reason: 'nobody-available' });
  });

  it('a delegation hands the officer\'s cases to the delegate from its first day to its last, then ends by itself', () => {
    const delegations = [delegation('2026-03-02', '2026-03-05')];
    expect(routeCase(input(), context({ delegations, today: '2026-03-01' })).officerId).toBe('officer-a');
    expect(routeCase(input(), context({ delegations, today: '2026-03-02' }))).toMatchObject({ officerId: 'officer-d', via: 'delegate' });
    expect(routeCase(input(), context({ delegations, today: '2026-03-05' }))).toMatchObject({ officerId: 'officer-d', via: 'delegate' });
    expect(routeCase(input(), context({ delegations, today: '2026-03-06' }))).toMatchObject({ officerId: 'officer-a', via: 'officer' });
    expect(activeDelegation('officer-a', [delegation('2026-03-02', '2026-03-05', { active: false })], '2026-03-03')).toBeNull();
  });

  it('a delegate the case concerns cannot take it: the backup does; a backup away delegates in turn', () => {
    const delegations = [delegation('2026-03-01', '2026-03-09')];
    expect(routeCase(input({ concernsStaffIds: ['officer-d'] }), context({ delegations }))).toMatchObject({ officerId: 'officer-b', via: 'backup' });
    const both = [...delegations, delegation('2026-03-01', '2026-03-09', { key: 'd2', officerId: 'officer-b', delegateId: 'officer-e' })];
    expect(routeCase(input({ concernsStaffIds: ['officer-d'] }), context({ delegations: both }))).toMatchObject({ officerId: 'officer-e', via: 'backup-delegate' });
  });

  it('lists the gaps of the matrix for the editor', () => {
    expect(matrixGaps(MATRIX, ['widows', 'elderly'], ['financial-aid', 'health'])).toEqual([
      { category: 'elderly', domain: 'financial-aid' }, { category: 'elderly', domain: 'health' },
    ]);
  });
});

describe('the cases\' catalog entries', () => {
  const entry = (kind: string, key: string, data: unknown, active = true) => ({ kind, key, active, data });

  it('reads the matrix, delegations and clocks, leaving out what it cannot read', () => {
    expect(liaisonMatrixFrom([
      entry('liaison-row', 'widows', { cells: { health: { officerId: 'o1', backupId: '' }, bad: { officerId: 7 } } }),
      entry('liaison-row', 'elderly', { cells: { health: { officerId: 'o2', backupId: '' } } }, false),
      entry('liaison-row', 'divorced-women', 'nonsense'),
    ])).toEqual({ widows: { health: { officerId: 'o1', backupId: '' } } });
    expect(delegationsFrom([entry('delegation', 'k1', { officerId: 'o1', delegateId: 'o2', from: '2026-03-01', to: '2026-02-30' })])).toEqual([]);
    const clocks = caseClocksFrom([...catalogSeed(), entry('case-clock', 'inquiry', { acknowledgeDays: 2, resolveDays: 7 }), entry('case-clock', 'dispute', { acknowledgeDays: 0, resolveDays: 7 })]);
    expect(clocks.inquiry).toEqual({ acknowledgeDays: 2, resolveDays: 7 });
    expect(clocks.dispute).toEqual({ acknowledgeDays: 1, resolveDays: 10 });
  });

  it('seeds the clocks (acknowledge 1, inquiry 5, complaint 10), domains with their units, and no matrix', () => {
    const seed = catalogSeed();
    expect(caseClocksFrom(seed)).toMatchObject({ complaint: { acknowledgeDays: 1, resolveDays: 10 }, inquiry: { acknowledgeDays: 1, resolveDays: 5 } });
    expect(DOMAIN_UNITS).toMatchObject({ 'financial-aid': 'financial-aid', general: FOLLOW_UP_UNIT_KEY });
    expect(seed.some((e) => e.kind === 'liaison-row' || e.kind === 'delegation')).toBe(false);
    expect(seed.find((e) => e.id === 'clk:complaint')).toMatchObject({ kind: 'case-clock', key: 'complaint' });
  });
});
