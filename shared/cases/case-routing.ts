/**
 * Routing a new case through the liaison matrix (policy 3.7a: a liaison officer by beneficiary category
 * and by the association's domain). The cell's officer takes it; while they are away (a delegation
 * covers today) their delegate does; when they cannot hold it (away without a delegate, inactive, or the
 * case concerns them) the cell's backup does, under the same rules; a cell with nobody, or nobody able,
 * is a gap: the case waits in the follow-up unit's queue (policy 3.5a) with no officer.
 * Pure: today's date and the staff who may hold cases are passed in; a delegation ends by itself when
 * `today` passes its last day.
 */
import { compareIsoDates, type IsoDate } from '../calendar/iso-date';
import type { Delegation, LiaisonCell, LiaisonMatrix } from '../catalog/case-catalog';
import { FOLLOW_UP_UNIT_KEY } from '../catalog/units';
import { isConcerned } from './case-visibility';

export type RoutingInput = {
  /** the beneficiary's category ('' when anonymous or unknown: a gap) */
  category: string;
  /** the association domain the case concerns ('' when not yet known: a gap) */
  domain: string;
  concernsStaffIds: readonly string[];
};

export type RoutingContext = {
  matrix: LiaisonMatrix;
  delegations: readonly Delegation[];
  /** domain → competent unit (catalog 'association-domain'); a domain without one routes to the follow-up unit */
  domainUnits: Readonly<Record<string, string>>;
  today: IsoDate;
  /** staff who may hold cases now (active accounts); others are skipped */
  isActiveStaff: (id: string) => boolean;
  /** staff known to be away today beyond the delegations (optional: a leave table, later) */
  isAway?: (id: string, today: IsoDate) => boolean;
};

export type RouteVia = 'officer' | 'delegate' | 'backup' | 'backup-delegate';

export type Routing =
  | { kind: 'officer'; officerId: string; unitId: string; via: RouteVia }
  | { kind: 'gap'; officerId: ''; unitId: string; reason: 'no-cell' | 'nobody-available' };

/** The delegation covering `today` for this officer, if any (active entries only; from and to included). */
export function activeDelegation(officerId: string, delegations: readonly Delegation[], today: IsoDate): Delegation | null {
  return delegations.find((d) => d.active && d.officerId === officerId
    && compareIsoDates(d.from, today) <= 0 && compareIsoDates(today, d.to) <= 0) ?? null;
}

/** The matrix cell of a category and domain, or null (a gap) when it names no officer. */
export function liaisonCell(matrix: LiaisonMatrix, category: string, domain: string): LiaisonCell | null {
  const cell = matrix[category]?.[domain];
  return cell && cell.officerId !== '' ? cell : null;
}

/** Who holds the case for `staffId` today: they, their delegate, or nobody. */
function holderFor(staffId: string, input: RoutingInput, context: RoutingContext): { id: string; delegated: boolean } | null {
  if (staffId === '') return null;
  const usable = (id: string) => context.isActiveStaff(id) && !isConcerned(input, id);
  const delegation = activeDelegation(staffId, context.delegations, context.today);
  if (delegation) return usable(delegation.delegateId) ? { id: delegation.delegateId, delegated: true } : null;
  if (context.isAway?.(staffId, context.today)) return null;
  return usable(staffId) ? { id: staffId, delegated: false } : null;
}

/** Routes a case: the officer (or stand-in) the matrix names, or a gap in the follow-up unit's queue. */
export function routeCase(input: RoutingInput, context: RoutingContext): Routing {
  const cell = liaisonCell(context.matrix, input.category, input.domain);
  if (!cell) return { kind: 'gap', officerId: '', unitId: FOLLOW_UP_UNIT_KEY, reason: 'no-cell' };
  const unitId = context.domainUnits[input.domain] || FOLLOW_UP_UNIT_KEY;
  const officer = holderFor(cell.officerId, input, context);
  if (officer) return { kind: 'officer', officerId: officer.id, unitId, via: officer.delegated ? 'delegate' : 'officer' };
  const backup = holderFor(cell.backupId, input, context);
  if (backup) return { kind: 'officer', officerId: backup.id, unitId, via: backup.delegated ? 'backup-delegate' : 'backup' };
  return { kind: 'gap', officerId: '', unitId: FOLLOW_UP_UNIT_KEY, reason: 'nobody-available' };
}

/** The matrix's gaps: every category × domain pair whose cell names no officer (the editor shows them). */
export function matrixGaps(matrix: LiaisonMatrix, categories: readonly string[], domains: readonly string[]): { category: string; domain: string }[] {
  return categories.flatMap((category) => domains.filter((domain) => !liaisonCell(matrix, category, domain)).map((domain) => ({ category, domain })));
}

/**
 * The liaison officers a beneficiary's file names (policy 3.7a): for their category, each domain's officer
 * (and backup), in the order of `domains`; domains without one are left out (the file shows the gap).
 */
export function liaisonOfficersOf(matrix: LiaisonMatrix, category: string, domains: readonly string[]): { domain: string; officerId: string; backupId: string }[] {
  return domains.flatMap((domain) => {
    const cell = liaisonCell(matrix, category, domain);
    return cell ? [{ domain, officerId: cell.officerId, backupId: cell.backupId }] : [];
  });
}
