/**
 * Reading and editing the intake parts of the catalog: units, request types (versioned), holidays
 * (one entry per range). Every edit is checked by the shared rules first and writes nothing when
 * refused; each write appends an audit entry. Edits of one kind run one at a time (serial.ts), so
 * a holiday table is always validated against the state it is written into.
 */
import { appendAudit } from '@renderer/stores/audit-log';
import { validateHolidayTable, type HolidayError, type HolidayRange } from '@shared/calendar/holidays';
import { holidayFromCatalog, holidayToCatalog } from '@shared/catalog/holiday-catalog';
import {
  appendRequestTypeVersion,
  latestRequestType,
  readRequestTypeData,
  type RequestTypeCatalogData,
  type RequestTypeEdit,
  type RequestTypeEditError,
} from '@shared/catalog/request-type-catalog';
import { ADMIN_KEY_MAX_LENGTH, catalogEntryId, type CatalogKind } from '@shared/catalog/seed';
import { CATALOG_KEY_PATTERN } from '@shared/catalog/units';
import { CATALOG_LIMITS, type CatalogDoc } from '@shared/db/schemas/catalog.schema';
import type { RequestType } from '@shared/intake/request-type';
import { err, ok, type Result } from '@shared/result';
import type { Observable } from 'rxjs';
import { map } from 'rxjs';
import type { WaslDatabase } from './database';
import { serialized } from './serial';

export type CatalogWriteDeps = { db: WaslDatabase; actor: { id: string }; desk: { deskId: string }; now: () => Date };

/** A request type as the UI lists it: the latest version, its eligibility text and every version. */
export type RequestTypeEntry = {
  key: string;
  active: boolean;
  order: number;
  latest: RequestType;
  eligibilityAr: string;
  eligibilityEn: string;
  versions: RequestType[];
};

export type UnitInput = { key: string; labelAr: string; labelEn: string; active?: boolean };
export type UnitErrorCode = 'unit.key-format' | 'unit.label-required' | 'unit.label-too-long';
/** A beneficiary category edits like a unit: a fixed key (files store it) and two labels. */
export type CategoryInput = UnitInput;
export type CategoryErrorCode = 'category.key-format' | 'category.label-required' | 'category.label-too-long';

const LABEL_MAX = CATALOG_LIMITS.label;

async function listKind(db: WaslDatabase, kind: CatalogKind, includeInactive: boolean): Promise<CatalogDoc[]> {
  const docs = await db.catalog.find({ selector: { kind }, sort: [{ order: 'asc' }] }).exec();
  return docs.map((doc) => doc.toMutableJSON()).filter((doc) => includeInactive || doc.active);
}

function toRequestTypeEntry(doc: CatalogDoc): RequestTypeEntry | null {
  const data = readRequestTypeData(doc.data);
  const latest = data ? latestRequestType(data) : null;
  if (!data || !latest) return null;
  return { key: doc.key, active: doc.active, order: doc.order, latest, eligibilityAr: data.eligibilityAr, eligibilityEn: data.eligibilityEn, versions: data.versions };
}

/** Units in their order (active only unless asked). */
export function listUnits(db: WaslDatabase, includeInactive = false): Promise<CatalogDoc[]> {
  return listKind(db, 'unit', includeInactive);
}

/** Request types in their order (active only unless asked); entries whose data is unreadable are skipped. */
export async function listRequestTypes(db: WaslDatabase, includeInactive = false): Promise<RequestTypeEntry[]> {
  return (await listKind(db, 'request-type', includeInactive)).flatMap((doc) => toRequestTypeEntry(doc) ?? []);
}

/** One request type by key, active or not; null when unknown or unreadable. */
export async function readRequestType(db: WaslDatabase, key: string): Promise<RequestTypeEntry | null> {
  const doc = await db.catalog.findOne(catalogEntryId('request-type', key)).exec();
  return doc ? toRequestTypeEntry(doc.toMutableJSON()) : null;
}

const holidaysOf = (docs: CatalogDoc[]): HolidayRange[] =>
  docs.filter((doc) => doc.active).flatMap((doc) => holidayFromCatalog(doc) ?? []);

/** The active holiday table: what the reply clock counts with. */
export async function readHolidays(db: WaslDatabase): Promise<HolidayRange[]> {
  return holidaysOf(await listKind(db, 'holiday', false));
}

/** The active holiday table, kept current. */
export function watchHolidays(db: WaslDatabase): Observable<HolidayRange[]> {
  return db.catalog
    .find({ selector: { kind: 'holiday' }, sort: [{ order: 'asc' }] })
    .$.pipe(map((docs) => holidaysOf(docs.map((doc) => doc.toMutableJSON()))));
}

async function nextOrder(db: WaslDatabase, kind: CatalogKind): Promise<number> {
  const last = await db.catalog.findOne({ selector: { kind }, sort: [{ order: 'desc' }] }).exec();
  return last ? Math.min(last.order + 1, 10000) : 0;
}

export async function writeEntry(
  deps: CatalogWriteDeps,
  kind: CatalogKind,
  fields: { key: string; labelAr: string; labelEn: string; active: boolean; data?: Record<string, unknown> },
): Promise<CatalogDoc> {
  const { db, actor, desk } = deps;
  const now = deps.now();
  const id = catalogEntryId(kind, fields.key);
  const existing = await db.catalog.findOne(id).exec();
  const doc: CatalogDoc = {
    id,
    kind,
    ...fields,
    order: existing?.order ?? (await nextOrder(db, kind)),
    updatedAt: now.toISOString(),
    updatedBy: actor.id,
    deskId: desk.deskId,
  };
  if (existing) await existing.incrementalModify(() => doc);
  else await db.catalog.insert(doc);
  await appendAudit(db, { actorId: actor.id, action: existing ? 'catalog.update' : 'catalog.create', entity: 'catalog', entityId: id, fields: ['labelAr', 'labelEn', 'active', ...(fields.data ? ['data'] : [])], deskId: desk.deskId }, now);
  return doc;
}

type LabelledKind = { kind: 'unit'; prefix: 'unit' } | { kind: 'beneficiary-category'; prefix: 'category' };

/** Validates and writes a keyed, bilingual entry; refused = every problem listed and nothing written. */
function saveLabelled<P extends LabelledKind['prefix']>(
  deps: CatalogWriteDeps,
  { kind, prefix }: LabelledKind & { prefix: P },
  input: UnitInput,
): Promise<Result<CatalogDoc, `${P}.${'key-format' | 'label-required' | 'label-too-long'}`[]>> {
  type Code = `${P}.${'key-format' | 'label-required' | 'label-too-long'}`;
  return serialized(`catalog:${kind}`, async () => {
    const key = input.key.trim();
    const labelAr = input.labelAr.trim();
    const labelEn = input.labelEn.trim();
    const errors: Code[] = [];
    if (!CATALOG_KEY_PATTERN.test(key) || key.length > ADMIN_KEY_MAX_LENGTH) errors.push(`${prefix}.key-format` as Code);
    if (labelAr === '' || labelEn === '') errors.push(`${prefix}.label-required` as Code);
    if (labelAr.length > LABEL_MAX || labelEn.length > LABEL_MAX) errors.push(`${prefix}.label-too-long` as Code);
    if (errors.length > 0) return err(errors);
    return ok(await writeEntry(deps, kind, { key, labelAr, labelEn, active: input.active ?? true }));
  });
}

/** Creates or relabels a unit (its key never changes once used). */
export function saveUnit(deps: CatalogWriteDeps, input: UnitInput): Promise<Result<CatalogDoc, UnitErrorCode[]>> {
  return saveLabelled(deps, { kind: 'unit', prefix: 'unit' }, input);
}

/**
 * Creates, relabels or (active: false) deactivates a beneficiary category. Its key never changes: files
 * store it, and a deactivated category stays on the files that carry it (the registry form offers active ones).
 */
export function saveCategory(deps: CatalogWriteDeps, input: CategoryInput): Promise<Result<CatalogDoc, CategoryErrorCode[]>> {
  return saveLabelled(deps, { kind: 'beneficiary-category', prefix: 'category' }, input);
}

/**
 * Creates a request type or appends a version to it. Refused with every problem (and nothing written)
 * when the shared rules refuse it: no requirements, a unit not in the catalog, an over-long text.
 */
export function saveRequestType(
  deps: CatalogWriteDeps,
  edit: RequestTypeEdit,
  options: { active?: boolean } = {},
): Promise<Result<RequestTypeEntry, RequestTypeEditError[]>> {
  return serialized('catalog:request-type', async () => {
    const key = edit.id.trim();
    if (!CATALOG_KEY_PATTERN.test(key) || key.length > ADMIN_KEY_MAX_LENGTH) return err([{ code: key === '' ? 'request-type.id-required' : 'request-type.id-format' }]);
    const current = await deps.db.catalog.findOne(catalogEntryId('request-type', key)).exec();
    const previous = current ? readRequestTypeData(current.data) : null;
    const unitIds = (await listUnits(deps.db, true)).map((unit) => unit.key);
    const appended = appendRequestTypeVersion(previous, edit, unitIds);
    if (!appended.ok) return appended;
    const data: RequestTypeCatalogData = appended.value;
    const latest = latestRequestType(data);
    if (!latest) return err([{ code: 'request-type.no-requirements' }]);
    const doc = await writeEntry(deps, 'request-type', {
      key,
      labelAr: latest.nameAr,
      labelEn: latest.nameEn,
      active: options.active ?? current?.active ?? true,
      data,
    });
    const entry = toRequestTypeEntry(doc);
    if (!entry) throw new Error(`Request type ${key} was written unreadable`);
    return ok(entry);
  });
}

/**
 * Adds or changes one holiday range (matched by id). The whole table with the change is validated
 * first (reversed or overlapping ranges, bad dates, missing names); refused = nothing written.
 * `active: false` takes a range out of the table (the entry stays, like every catalog entry).
 */
export function saveHoliday(
  deps: CatalogWriteDeps,
  range: HolidayRange,
  options: { active?: boolean } = {},
): Promise<Result<HolidayRange, HolidayError[]>> {
  return serialized('catalog:holiday', async () => {
    const clean: HolidayRange = { ...range, id: range.id.trim(), nameAr: range.nameAr.trim(), nameEn: range.nameEn.trim() };
    const active = options.active ?? true;
    const table = (await readHolidays(deps.db)).filter((other) => other.id !== clean.id);
    const errors = validateHolidayTable(active ? [...table, clean] : [clean]);
    if (!CATALOG_KEY_PATTERN.test(clean.id) || clean.id.length > ADMIN_KEY_MAX_LENGTH) {
      errors.push({ code: 'holiday.id-required', id: clean.id, field: 'id' });
    }
    if (clean.nameAr.length > LABEL_MAX || clean.nameEn.length > LABEL_MAX) {
      errors.push({ code: 'holiday.name-required', id: clean.id, field: clean.nameAr.length > LABEL_MAX ? 'nameAr' : 'nameEn' });
    }
    if (errors.length > 0) return err(errors);
    const fields = holidayToCatalog(clean);
    await writeEntry(deps, 'holiday', { ...fields, data: { ...fields.data }, active });
    return ok(clean);
  });
}
