/**
 * Editing the liaison matrix and delegations (catalog 'liaison-row', 'delegation': case-catalog.ts). Pure
 * checks before anything is written: a cell names officers who may hold cases, never the same person
 * twice; a delegation hands an officer's cases to someone else for a real span of days and never
 * overlaps another of the same officer (routing would not know whose turn it is).
 */
import { compareIsoDates, isIsoDate, type IsoDate } from '../calendar/iso-date';
import { err, ok, type Result } from '../result';
import type { Delegation, DelegationData, LiaisonCell, LiaisonRowData } from './case-catalog';

export type LiaisonCellError = 'liaison.officer-required' | 'liaison.officer-unknown' | 'liaison.backup-unknown' | 'liaison.backup-same';

/**
 * The row with one cell set (officer and backup ''= the cell cleared: a gap). `mayHold` says who may
 * hold cases (active staff with an officer's role).
 */
export function setLiaisonCell(
  row: LiaisonRowData | null,
  domain: string,
  cell: LiaisonCell,
  mayHold: (staffId: string) => boolean,
): Result<LiaisonRowData, LiaisonCellError[]> {
  const officerId = cell.officerId.trim();
  const backupId = cell.backupId.trim();
  const cells = { ...(row?.cells ?? {}) };
  if (officerId === '' && backupId === '') {
    delete cells[domain];
    return ok({ cells });
  }
  const errors: LiaisonCellError[] = [];
  if (officerId === '') errors.push('liaison.officer-required');
  else if (!mayHold(officerId)) errors.push('liaison.officer-unknown');
  if (backupId !== '' && !mayHold(backupId)) errors.push('liaison.backup-unknown');
  if (backupId !== '' && backupId === officerId) errors.push('liaison.backup-same');
  if (errors.length > 0) return err(errors);
  cells[domain] = { officerId, backupId };
  return ok({ cells });
}

export type DelegationError =
  | 'delegation.officer-required'
  | 'delegation.delegate-required'
  | 'delegation.same-person'
  | 'delegation.date-format'
  | 'delegation.reversed'
  | 'delegation.ended'
  | 'delegation.overlap';

/**
 * A delegation to write, or every problem. `others`: the delegations already in the catalog (the one
 * being edited, by key, is left out); `today`: a new delegation may not end in the past.
 */
export function checkDelegation(
  input: DelegationData & { key: string },
  others: readonly Delegation[],
  mayHold: (staffId: string) => boolean,
  today: IsoDate,
): Result<DelegationData, DelegationError[]> {
  const officerId = input.officerId.trim();
  const delegateId = input.delegateId.trim();
  const errors: DelegationError[] = [];
  if (officerId === '') errors.push('delegation.officer-required');
  if (delegateId === '' || !mayHold(delegateId)) errors.push('delegation.delegate-required');
  if (officerId !== '' && officerId === delegateId) errors.push('delegation.same-person');
  const datesOk = isIsoDate(input.from) && isIsoDate(input.to);
  if (!datesOk) errors.push('delegation.date-format');
  else if (compareIsoDates(input.to, input.from) < 0) errors.push('delegation.reversed');
  else if (compareIsoDates(input.to, today) < 0) errors.push('delegation.ended');
  else if (others.some((other) => other.active && other.key !== input.key && other.officerId === officerId
    && compareIsoDates(other.from, input.to) <= 0 && compareIsoDates(input.from, other.to) <= 0)) {
    errors.push('delegation.overlap');
  }
  if (errors.length > 0) return err(errors);
  return ok({ officerId, delegateId, from: input.from, to: input.to });
}

export type DelegationState = 'upcoming' | 'current' | 'ended';

/** Where a delegation stands on `today` (it ends by itself after its last day). */
export function delegationState(delegation: Pick<Delegation, 'from' | 'to' | 'active'>, today: IsoDate): DelegationState {
  if (!delegation.active || compareIsoDates(delegation.to, today) < 0) return 'ended';
  return compareIsoDates(delegation.from, today) > 0 ? 'upcoming' : 'current';
}
