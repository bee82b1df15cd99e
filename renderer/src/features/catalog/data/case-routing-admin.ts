/**
 * Reading and editing the liaison matrix, delegations (policy 3.7a, 3.8f) and each case kind's clock. Every edit is checked by
 * the shared rules first (shared/catalog/case-routing-edit.ts) and writes nothing when refused; each
 * write is audited (writeEntry). One kind's edits run one at a time, so a row or the delegation list is
 * always checked against the state it is written into.
 */
import { map, type Observable } from 'rxjs';
import { delegationsFrom, readCaseClock, readLiaisonRow, type CaseClockData, type DelegationData, type LiaisonCell, type LiaisonRowData } from '@shared/catalog/case-catalog';
import { CASE_CLOCK_SEEDS } from '@shared/catalog/case-catalog-seeds';
import type { CaseKind } from '@shared/db/schemas/case.schema';
import { checkDelegation, setLiaisonCell, type DelegationError, type LiaisonCellError } from '@shared/catalog/case-routing-edit';
import { catalogEntryId } from '@shared/catalog/seed';
import { riyadhDateOf } from '@shared/calendar/iso-date';
import type { CatalogDoc } from '@shared/db/schemas/catalog.schema';
import { err, ok, type Result } from '@shared/result';
import type { Role } from '@shared/staff/roles';
import { writeEntry, type CatalogWriteDeps } from '@renderer/db/catalog-admin';
import type { WaslDatabase } from '@renderer/db/database';
import { serialized } from '@renderer/db/serial';

/** Roles that may hold cases as a matrix officer, backup or delegate. */
export const CASE_HOLDER_ROLES: readonly Role[] = ['liaison-officer', 'follow-up-officer', 'manager'];

export type CaseHolder = { id: string; displayName: string };

/** Active staff who may hold cases, by name, kept current. */
export function watchCaseHolders(db: WaslDatabase): Observable<CaseHolder[]> {
  return db.staff.find().$.pipe(
    map((docs) => docs
      .filter((doc) => doc.active && doc.roles.some((role) => CASE_HOLDER_ROLES.includes(role)))
      .map((doc) => ({ id: doc.id, displayName: doc.displayName }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'ar'))),
  );
}

async function holderCheck(db: WaslDatabase): Promise<(id: string) => boolean> {
  const docs = await db.staff.find().exec();
  const ids = new Set(docs.filter((doc) => doc.active && doc.roles.some((role) => CASE_HOLDER_ROLES.includes(role))).map((doc) => doc.id));
  return (id) => ids.has(id);
}

/**
 * Sets one cell of the matrix (officer and backup of a beneficiary category in a domain; both '' clears it:
 * a gap, whose cases go to the follow-up unit's queue). The row takes the category's labels.
 */
export function saveLiaisonCell(
  deps: CatalogWriteDeps,
  category: Pick<CatalogDoc, 'key' | 'labelAr' | 'labelEn'>,
  domain: string,
  cell: LiaisonCell,
): Promise<Result<LiaisonRowData, LiaisonCellError[]>> {
  return serialized('catalog:liaison-row', async () => {
    const current = await deps.db.catalog.findOne(catalogEntryId('liaison-row', category.key)).exec();
    const row = current ? readLiaisonRow(current.data) : null;
    const next = setLiaisonCell(row, domain, cell, await holderCheck(deps.db));
    if (!next.ok) return next;
    await writeEntry(deps, 'liaison-row', { key: category.key, labelAr: category.labelAr, labelEn: category.labelEn, active: true, data: { cells: next.value.cells } });
    return ok(next.value);
  });
}

export type DelegationInput = DelegationData & { key?: string };

/** Adds (no key) or changes a delegation; the label names who stands in for whom, for the audit trail. */
export function saveDelegation(deps: CatalogWriteDeps, input: DelegationInput, label: string): Promise<Result<DelegationData, DelegationError[]>> {
  return serialized('catalog:delegation', async () => {
    const key = input.key ?? `d-${crypto.randomUUID().slice(0, 18)}`;
    const docs = (await deps.db.catalog.find({ selector: { kind: 'delegation' } }).exec()).map((doc) => doc.toMutableJSON());
    const today = riyadhDateOf(deps.now().getTime());
    const checked = checkDelegation({ ...input, key }, delegationsFrom(docs), await holderCheck(deps.db), today);
    if (!checked.ok) return checked;
    const text = label.trim().slice(0, 120) || key;
    await writeEntry(deps, 'delegation', { key, labelAr: text, labelEn: text, active: true, data: { ...checked.value } });
    return ok(checked.value);
  });
}

/** Ends a delegation now (it stays in the catalog, inactive, for the record). */
export function endDelegation(deps: CatalogWriteDeps, key: string): Promise<Result<null, 'delegation.unknown'[]>> {
  return serialized('catalog:delegation', async () => {
    const doc = await deps.db.catalog.findOne(catalogEntryId('delegation', key)).exec();
    if (!doc) return err(['delegation.unknown']);
    const { labelAr, labelEn, data } = doc.toMutableJSON();
    await writeEntry(deps, 'delegation', { key, labelAr, labelEn, active: false, ...(data ? { data } : {}) });
    return ok(null);
  });
}

export type CaseClockError = 'case-clock.days';

/** Sets a kind's working-day clock (acknowledge, answer or resolve): whole days from 1 to CASE_CLOCK_MAX_DAYS. */
export function saveCaseClock(deps: CatalogWriteDeps, kind: CaseKind, days: CaseClockData): Promise<Result<CaseClockData, CaseClockError[]>> {
  return serialized('catalog:case-clock', async () => {
    const clock = readCaseClock(days);
    if (!clock) return err(['case-clock.days']);
    const seed = CASE_CLOCK_SEEDS.find((entry) => entry.key === kind);
    const current = await deps.db.catalog.findOne(catalogEntryId('case-clock', kind)).exec();
    const labelAr = current?.labelAr ?? seed?.labelAr ?? kind;
    const labelEn = current?.labelEn ?? seed?.labelEn ?? kind;
    await writeEntry(deps, 'case-clock', { key: kind, labelAr, labelEn, active: true, data: { ...clock } });
    return ok(clock);
  });
}
