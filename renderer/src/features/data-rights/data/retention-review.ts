/**
 * The retention review's desk query (PDPL Art. 18: data is destroyed once its purpose ends; the period
 * is the association's, a catalog setting). What it reads, and why no more:
 * - the catalog entries of three kinds by the [kind, order] index: the setting, the decisions to keep,
 *   the erasure records (erased files are done);
 * - every file (the beneficiaries collection has no date index, and each file may be idle): only its
 *   number, creation and last edit are kept in memory;
 * - then ONLY for the files idle by their own dates (the candidates), their requests, cases, contacts,
 *   visits and survey answers, one indexed query per file and collection (beneficiaryId leads an index
 *   in each), so an active desk's history is never loaded whole.
 * The listing itself is the pure shared/data-rights/retention.ts; nothing is erased here.
 */
import { riyadhDateOf } from '@shared/calendar/iso-date';
import { ERASURE_KIND } from '@shared/data-rights/erasure-record';
import {
  DEFAULT_RETENTION_YEARS, RETENTION_KEEP_KIND, RETENTION_SETTING_KIND, filesForReview, isValidRetentionYears, yearsBefore,
  type Activity, type KeepDecision, type RetentionFile, type ReviewItem,
} from '@shared/data-rights/retention';
import type { WaslDatabase } from '@renderer/db/database';
import { appendAudit } from '@renderer/stores/audit-log';
import { err, ok, type Result } from '@shared/result';
import { DATA_REQUEST_LIMITS } from '@shared/data-requests/data-request';
import type { DataRightsDeps } from './data-request-write';

export type RetentionReview = { years: number; items: ReviewItem[] };
export type RetentionError = 'retention.reason-required' | 'retention.years';

const SETTING_ID = 'retention-setting';
/** One decision per file (the latest counts); ids are at most 36 characters: 'rk-' + a UUID's 32 hex digits. */
const keepId = (beneficiaryId: string) => `rk-${beneficiaryId.replace(/-/g, '')}`.slice(0, 36);
const LINKED = ['requests', 'cases', 'interactions', 'visits', 'surveys'] as const;

async function catalogData(db: WaslDatabase, kind: string): Promise<Record<string, unknown>[]> {
  return (await db.catalog.find({ selector: { kind } }).exec()).map((doc) => (doc.toMutableJSON().data ?? {}) as Record<string, unknown>);
}

export async function retentionYears(db: WaslDatabase): Promise<number> {
  const years = (await db.catalog.findOne(SETTING_ID).exec())?.toMutableJSON().data?.years;
  return isValidRetentionYears(years) ? years : DEFAULT_RETENTION_YEARS;
}

async function activitiesOf(db: WaslDatabase, beneficiaryId: string): Promise<Activity[]> {
  const found = await Promise.all(LINKED.map((name) => db[name].find({ selector: { beneficiaryId } }).exec()));
  return found.flat().map((doc) => ({ beneficiaryId, at: String(doc.toMutableJSON().updatedAt) }));
}

export async function readRetentionReview(db: WaslDatabase, now: Date): Promise<RetentionReview> {
  const years = await retentionYears(db);
  const today = riyadhDateOf(now.getTime());
  const cutoff = yearsBefore(today, years);
  const [keepData, erasures] = await Promise.all([catalogData(db, RETENTION_KEEP_KIND), catalogData(db, ERASURE_KIND)]);
  const erased = new Set(erasures.map((data) => String(data.beneficiaryId)));
  const keeps = keepData.filter((data) => typeof data.beneficiaryId === 'string' && typeof data.at === 'string') as KeepDecision[];
  const files: RetentionFile[] = [];
  const edits: Activity[] = [];
  for (const doc of await db.beneficiaries.find().exec()) {
    const own = [doc.createdAt, doc.updatedAt].filter((at) => !Number.isNaN(Date.parse(at)));
    if (erased.has(doc.id) || own.some((at) => riyadhDateOf(Date.parse(at)) > cutoff)) continue;
    files.push({ beneficiaryId: doc.id, fileNumber: doc.fileNumber, createdAt: doc.createdAt, erased: false });
    edits.push({ beneficiaryId: doc.id, at: doc.updatedAt });
  }
  const linked: Activity[] = [];
  for (const file of files) linked.push(...(await activitiesOf(db, file.beneficiaryId)));
  return { years, items: filesForReview(files, [...edits, ...linked], keeps, years, today) };
}

/** "Keep with a reason": a catalog decision (the latest per file counts), audited; the file returns for review N years later. */
export async function keepFile(deps: DataRightsDeps, beneficiaryId: string, reason: string): Promise<Result<null, RetentionError>> {
  const text = reason.trim();
  if (text === '' || text.length > DATA_REQUEST_LIMITS.reason) return err('retention.reason-required');
  const now = deps.now();
  const at = now.toISOString();
  const decision: KeepDecision = { beneficiaryId, reason: text, at, by: deps.actorId };
  await deps.db.catalog.upsert({
    id: keepId(beneficiaryId), kind: RETENTION_KEEP_KIND, key: beneficiaryId.slice(0, 40), labelAr: 'إبقاء', labelEn: 'Keep', active: true, order: 0,
    data: { ...decision }, updatedAt: at, updatedBy: deps.actorId, deskId: deps.desk.deskId,
  });
  await appendAudit(deps.db, { actorId: deps.actorId, action: 'retention.keep', entity: 'beneficiaries', entityId: beneficiaryId, deskId: deps.desk.deskId }, now);
  return ok(null);
}

/** The number of idle years before a file is listed (1..50). */
export async function setRetentionYears(deps: DataRightsDeps, years: number): Promise<Result<null, RetentionError>> {
  if (!isValidRetentionYears(years)) return err('retention.years');
  const at = deps.now().toISOString();
  await deps.db.catalog.upsert({
    id: SETTING_ID, kind: RETENTION_SETTING_KIND, key: 'years', labelAr: 'مدة الاحتفاظ', labelEn: 'Retention period', active: true, order: 0,
    data: { years }, updatedAt: at, updatedBy: deps.actorId, deskId: deps.desk.deskId,
  });
  return ok(null);
}
