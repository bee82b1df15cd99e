/**
 * How the cases' settings live in the catalog collection (one entry per item, `data` by kind):
 * - 'case-category' (key = category): what a case is about; `data.kinds` the case kinds it is offered for.
 * - 'association-domain' (key = domain): the association's domains of policy 3.7(a); `data.unitId` the
 *   unit competent for it (a routed case joins that unit's queue).
 * - 'case-clock' (key = case kind): the working-day clock of the kind, editable by an admin.
 * - 'liaison-row' (key = beneficiary category): one row of the liaison matrix (policy 3.7a: by beneficiary
 *   category and by domain), `data.cells[domain]` = the officer and backup; a missing cell is a gap.
 * - 'delegation' (key = a random key): an officer away hands their cases to a delegate from one date to
 *   another, both included; it ends by itself (policy 3.8f: management sees who stands in for whom).
 * Readers return null for data they cannot read (the catalog's `data` is free-form and a newer desk may
 * sync in something this version does not know): such an entry is left out rather than guessed.
 */
import { CASE_KINDS, type CaseKind, type CaseRecordKind } from '../db/schemas/case.schema';
import { isIsoDate, type IsoDate } from '../calendar/iso-date';

export const CASE_CATALOG_KINDS = ['case-category', 'association-domain', 'case-clock', 'liaison-row', 'delegation'] as const;
export type CaseCatalogKind = (typeof CASE_CATALOG_KINDS)[number];

/** Working days: to acknowledge a case, and to answer (inquiry) or resolve (complaint) it. */
export type CaseClockData = { acknowledgeDays: number; resolveDays: number };
export type CaseClockTable = Record<CaseKind, CaseClockData>;

/** A clock longer than this is a typo (a year of working days), refused by the editor. */
export const CASE_CLOCK_MAX_DAYS = 250;

/** The defaults a new desk starts with: acknowledge in 1 working day, answer an inquiry in 5, resolve a complaint in 10. */
export const DEFAULT_CASE_CLOCKS: CaseClockTable = {
  complaint: { acknowledgeDays: 1, resolveDays: 10 },
  inquiry: { acknowledgeDays: 1, resolveDays: 5 },
  suggestion: { acknowledgeDays: 1, resolveDays: 10 },
  dispute: { acknowledgeDays: 1, resolveDays: 10 },
  'technical-support': { acknowledgeDays: 1, resolveDays: 5 },
};

/**
 * A kind's resolve days; null for a compensation case, which has its own machine and no working-day clock
 * (policy 3.4), and for a data request, whose 30 days are calendar days (shared/data-requests/).
 */
export function resolveDaysOf(clocks: CaseClockTable, kind: CaseRecordKind): number | null {
  return kind === 'compensation' || kind === 'data-request' ? null : clocks[kind].resolveDays;
}

export type AssociationDomainData = { unitId: string };
export type CaseCategoryData = { kinds: CaseKind[] };
/** One matrix cell: '' means nobody (a backup is optional; an empty officer is a gap). */
export type LiaisonCell = { officerId: string; backupId: string };
export type LiaisonRowData = { cells: Record<string, LiaisonCell> };
export type DelegationData = { officerId: string; delegateId: string; from: IsoDate; to: IsoDate };

/** The matrix as routing reads it: beneficiary category → domain → cell. */
export type LiaisonMatrix = Readonly<Record<string, Readonly<Record<string, LiaisonCell>>>>;
/** A delegation with its catalog key (to edit or end it). */
export type Delegation = DelegationData & { key: string; active: boolean };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isDays = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= CASE_CLOCK_MAX_DAYS;
const isId = (value: unknown): value is string => typeof value === 'string' && value.length <= 36;
export const isCaseKind = (value: unknown): value is CaseKind => typeof value === 'string' && (CASE_KINDS as readonly string[]).includes(value);

export function readCaseClock(data: unknown): CaseClockData | null {
  if (!isObject(data) || !isDays(data.acknowledgeDays) || !isDays(data.resolveDays)) return null;
  return { acknowledgeDays: data.acknowledgeDays, resolveDays: data.resolveDays };
}

export function readAssociationDomain(data: unknown): AssociationDomainData | null {
  return isObject(data) && typeof data.unitId === 'string' ? { unitId: data.unitId } : null;
}

export function readCaseCategory(data: unknown): CaseCategoryData | null {
  if (!isObject(data) || !Array.isArray(data.kinds)) return null;
  return { kinds: data.kinds.filter(isCaseKind) };
}

export function readLiaisonRow(data: unknown): LiaisonRowData | null {
  if (!isObject(data) || !isObject(data.cells)) return null;
  const cells: Record<string, LiaisonCell> = {};
  for (const [domain, cell] of Object.entries(data.cells)) {
    if (isObject(cell) && isId(cell.officerId) && isId(cell.backupId)) cells[domain] = { officerId: cell.officerId, backupId: cell.backupId };
  }
  return { cells };
}

export function readDelegation(data: unknown): DelegationData | null {
  if (!isObject(data) || !isId(data.officerId) || !isId(data.delegateId)) return null;
  if (!isIsoDate(data.from) || !isIsoDate(data.to) || data.officerId === '' || data.delegateId === '') return null;
  return { officerId: data.officerId, delegateId: data.delegateId, from: data.from, to: data.to };
}

/** A catalog entry as the readers below take it (a CatalogDoc or a seed entry). */
type Entry = { kind: string; key: string; active: boolean; data?: unknown };

/** Each kind's clock: the catalog's where it has a readable one, else the default. Inactive entries fall back too. */
export function caseClocksFrom(entries: readonly Entry[]): CaseClockTable {
  const table: CaseClockTable = { ...DEFAULT_CASE_CLOCKS };
  for (const entry of entries) {
    if (entry.kind !== 'case-clock' || !entry.active || !isCaseKind(entry.key)) continue;
    const clock = readCaseClock(entry.data);
    if (clock) table[entry.key] = clock;
  }
  return table;
}

/** The liaison matrix from the active 'liaison-row' entries. */
export function liaisonMatrixFrom(entries: readonly Entry[]): LiaisonMatrix {
  const matrix: Record<string, Record<string, LiaisonCell>> = {};
  for (const entry of entries) {
    if (entry.kind !== 'liaison-row' || !entry.active) continue;
    const row = readLiaisonRow(entry.data);
    if (row) matrix[entry.key] = row.cells;
  }
  return matrix;
}

/** Every readable delegation (ended ones too: the clock passed to routing decides which apply). */
export function delegationsFrom(entries: readonly Entry[]): Delegation[] {
  const out: Delegation[] = [];
  for (const entry of entries) {
    if (entry.kind !== 'delegation') continue;
    const data = readDelegation(entry.data);
    if (data) out.push({ ...data, key: entry.key, active: entry.active });
  }
  return out;
}

/** domain → its competent unit, from the active 'association-domain' entries. */
export function domainUnitsFrom(entries: readonly Entry[]): Readonly<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of entries) {
    if (entry.kind !== 'association-domain' || !entry.active) continue;
    const data = readAssociationDomain(entry.data);
    if (data) out[entry.key] = data.unitId;
  }
  return out;
}
