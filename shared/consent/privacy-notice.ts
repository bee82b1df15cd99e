/**
 * The privacy notice (PDPL Art. 12, the right to be informed; policy 6(b)): what the association
 * collects, why, who sees it, how long it is kept and the person's rights. Each version is one
 * catalog entry of kind 'privacy-notice' (no collection of its own: the collection budget), holding
 * its full text in Arabic (authoritative) and English, so every desk can show and print the version
 * a beneficiary consents to, offline. A published version is never edited: a change is version n+1,
 * and each consent names the version it was given to.
 */
import { err, ok, type FieldErrors, type Result } from '../result';
import { canonicalText } from '../policy/policy-hash';
import type { PolicyCatalogEntry } from '../policy/policy-catalog';

export const PRIVACY_NOTICE_KIND = 'privacy-notice';

export const NOTICE_LIMITS = { title: 120, text: 20_000, version: 9999 } as const;

export type NoticeVersion = {
  version: number;
  titleAr: string;
  titleEn: string;
  textAr: string;
  textEn: string;
  publishedAt: string;
  publishedBy: string;
};

/** A catalog entry as written (the same shape a policy version takes). */
export type NoticeCatalogEntry = PolicyCatalogEntry;

export const noticeEntryId = (version: number): string => `pnv:${version}`;

export function noticeToCatalog(v: NoticeVersion): NoticeCatalogEntry {
  return {
    id: noticeEntryId(v.version),
    kind: PRIVACY_NOTICE_KIND,
    key: String(v.version),
    labelAr: v.titleAr,
    labelEn: v.titleEn,
    active: true,
    order: Math.min(v.version, 10000),
    data: { textAr: v.textAr, textEn: v.textEn, publishedAt: v.publishedAt, publishedBy: v.publishedBy },
  };
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The version an entry holds; null when it is not a notice entry. */
export function noticeFromCatalog(entry: { kind: string; key: string; labelAr: string; labelEn: string; data?: Record<string, unknown> }): NoticeVersion | null {
  const version = Number(entry.key);
  if (entry.kind !== PRIVACY_NOTICE_KIND || !Number.isInteger(version) || version < 1) return null;
  const data = entry.data ?? {};
  return { version, titleAr: entry.labelAr, titleEn: entry.labelEn, textAr: str(data.textAr), textEn: str(data.textEn), publishedAt: str(data.publishedAt), publishedBy: str(data.publishedBy) };
}

/** The newest version (the one new consents are given to); null before any is published. */
export function currentNotice(versions: readonly NoticeVersion[]): NoticeVersion | null {
  return versions.reduce<NoticeVersion | null>((best, v) => (best === null || v.version > best.version ? v : best), null);
}

export type NoticeInput = Pick<NoticeVersion, 'titleAr' | 'titleEn' | 'textAr' | 'textEn'>;
export type NoticeField = keyof NoticeInput;
export type NoticeErrorCode = 'consent.notice.required' | 'consent.notice.too-long' | 'consent.notice.unchanged' | 'consent.notice.too-many-versions';
export type NoticeErrors = FieldErrors<NoticeField, NoticeErrorCode>;

const sameText = (a: NoticeInput, b: NoticeInput): boolean =>
  (['titleAr', 'titleEn', 'textAr', 'textEn'] as const).every((field) => canonicalText(a[field]) === canonicalText(b[field]));

/**
 * Publishing (an admin): the text as edited becomes version n+1 of the notice; the earlier versions
 * stay, since consents name them. Refused when a field is empty or too long, or nothing changed.
 */
export function publishNotice(existing: readonly NoticeVersion[], input: NoticeInput, at: string, by: string): Result<NoticeVersion, NoticeErrors> {
  const errors: NoticeErrors = {};
  for (const field of ['titleAr', 'titleEn', 'textAr', 'textEn'] as const) {
    const value = input[field].trim();
    const max = field.startsWith('title') ? NOTICE_LIMITS.title : NOTICE_LIMITS.text;
    if (value === '') errors[field] = 'consent.notice.required';
    else if (value.length > max) errors[field] = 'consent.notice.too-long';
  }
  if (Object.keys(errors).length > 0) return err(errors);
  const previous = currentNotice(existing);
  if (previous && sameText(previous, input)) return err({ textAr: 'consent.notice.unchanged' });
  const version = (previous?.version ?? 0) + 1;
  if (version > NOTICE_LIMITS.version) return err({ textAr: 'consent.notice.too-many-versions' });
  const content = { titleAr: input.titleAr.trim(), titleEn: input.titleEn.trim(), textAr: canonicalText(input.textAr), textEn: canonicalText(input.textEn) };
  return ok({ version, ...content, publishedAt: at, publishedBy: by });
}
