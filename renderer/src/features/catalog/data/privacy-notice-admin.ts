/**
 * An admin publishes a new version of the privacy notice (PDPL Art. 12): the edited text becomes
 * version n+1, one catalog entry (the catalog is the administration's: push rights, admins only), with
 * its audit entry. Earlier versions stay: consents name the version they were given to. A refused
 * input writes nothing.
 */
import { map, type Observable } from 'rxjs';
import type { CatalogWriteDeps } from '@renderer/db/catalog-admin';
import type { WaslDatabase } from '@renderer/db/database';
import { appendAudit } from '@renderer/stores/audit-log';
import { noticeFromCatalog, noticeToCatalog, publishNotice, PRIVACY_NOTICE_KIND, type NoticeErrors, type NoticeInput, type NoticeVersion } from '@shared/consent/privacy-notice';
import type { Result } from '@shared/result';

export function watchNoticeVersions(db: WaslDatabase): Observable<NoticeVersion[]> {
  return db.catalog
    .find({ selector: { kind: PRIVACY_NOTICE_KIND } })
    .$.pipe(map((docs) => docs.flatMap((doc) => noticeFromCatalog(doc.toMutableJSON()) ?? []).sort((a, b) => b.version - a.version)));
}

export async function publishPrivacyNotice(deps: CatalogWriteDeps, input: NoticeInput): Promise<Result<NoticeVersion, NoticeErrors>> {
  const docs = await deps.db.catalog.find({ selector: { kind: PRIVACY_NOTICE_KIND } }).exec();
  const existing = docs.flatMap((doc) => noticeFromCatalog(doc.toMutableJSON()) ?? []);
  const now = deps.now();
  const at = now.toISOString();
  const result = publishNotice(existing, input, at, deps.actor.id);
  if (!result.ok) return result;
  const entry = noticeToCatalog(result.value);
  await deps.db.catalog.insert({ ...entry, updatedAt: at, updatedBy: deps.actor.id, deskId: deps.desk.deskId });
  await appendAudit(deps.db, { actorId: deps.actor.id, action: 'consent.notice.publish', entity: 'catalog', entityId: entry.id, fields: ['textAr', 'textEn'], deskId: deps.desk.deskId }, now);
  return result;
}
