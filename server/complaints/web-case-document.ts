import { randomUUID } from 'node:crypto';
import type { PublicPageKey } from '@shared/cases/public-page-text';
import { PUBLIC_CONTACT_CHANNELS, type PublicSubmission } from '@shared/cases/public-submission';
import { newCase } from '@shared/cases/case-input';
import { dateOfInstant } from '@shared/cases/case-clock';
import type { CaseStatus } from '@shared/cases/case-status';
import { routeCase } from '@shared/cases/case-routing';
import type { HolidayRange } from '@shared/calendar/holidays';
import { caseClocksFrom, type CaseClockTable } from '@shared/catalog/case-catalog';
import { holidayFromCatalog, holidaySeedRanges } from '@shared/catalog/holiday-catalog';
import { CASE_LIMITS, type CaseDoc } from '@shared/db/schemas/case.schema';
import type { FileRef } from '@shared/files/file-ref';
import { formatHumanNumber, humanNumberPrefix, humanNumberYear, parseHumanNumber, WEB_DESK_CODE } from '@shared/numbers/human-number';
import type { Queryable } from '../db/database';
import type { CaseStatusView } from './page-html';

/**
 * The one place that knows the cases schema's shape (shared/db/schemas/case.schema.ts): the document
 * a public submission becomes (through the domain's own newCase, so a web case obeys the same rules as
 * a desk's), its number, and the status view read back from it.
 */
export const CASES_COLLECTION = 'cases';
/** The server's own actor and desk on the documents it writes (the desks show source 'web'). */
export const WEB_ACTOR = 'web-page';
export { WEB_DESK_CODE };

export type WebCaseInput = PublicSubmission;
export type WebAttachment = { sha256: string; bytes: Uint8Array; ref: FileRef };

/** The page refuses beyond the schema's own limits, so nothing it accepts is refused when written. */
export const PUBLIC_LIMITS = { description: CASE_LIMITS.description, name: CASE_LIMITS.name, email: CASE_LIMITS.email } as const;

export async function nextWebCaseNumber(tx: Queryable, now: number): Promise<string> {
  const year = humanNumberYear(now);
  // Never below a WEB number a desk holds: after a restore from an older backup (server/sync/generation.ts)
  // desks send back the cases the server lost, and their numbers must not be handed out again.
  const prefix = humanNumberPrefix('case', WEB_DESK_CODE, year);
  const rows = await tx.query<{ last_sequence: number }>(
    `WITH held AS (
       SELECT coalesce(max(substr(data ->> 'caseNumber', length($2) + 1)::bigint), 0) AS top FROM documents
       WHERE collection = 'cases' AND starts_with(data ->> 'caseNumber', $2) AND substr(data ->> 'caseNumber', length($2) + 1) ~ '^[0-9]{1,9}$'
     )
     INSERT INTO web_case_numbers (year, last_sequence) SELECT $1, top + 1 FROM held
     ON CONFLICT (year) DO UPDATE SET last_sequence = GREATEST(web_case_numbers.last_sequence, EXCLUDED.last_sequence - 1) + 1 RETURNING last_sequence`,
    [year, prefix],
  );
  return formatHumanNumber('case', { deskCode: WEB_DESK_CODE, year, sequence: Number(rows[0]?.last_sequence) });
}

export type ClockFacts = { holidays: HolidayRange[]; clocks: CaseClockTable };

/** The working-day clock's inputs as the desks last synced them (catalog), else the seeds. */
export async function readClockFacts(tx: Queryable): Promise<ClockFacts> {
  const rows = await tx.query<{ data: { kind: string; key: string; active: boolean; labelAr: string; labelEn: string; data?: Record<string, unknown> } }>(
    "SELECT data FROM documents WHERE collection = 'catalog' AND NOT deleted AND data ->> 'kind' IN ('holiday', 'case-clock')",
  );
  const entries = rows.map((row) => row.data);
  const holidays: HolidayRange[] = entries.filter((entry) => entry.kind === 'holiday' && entry.active).flatMap((entry) => holidayFromCatalog(entry) ?? []);
  const anyHoliday = entries.some((entry) => entry.kind === 'holiday');
  return { holidays: anyHoliday ? holidays : holidaySeedRanges(), clocks: caseClocksFrom(entries) };
}

export function buildWebCase(input: WebCaseInput, { holidays, clocks }: ClockFacts, meta: { caseNumber: string; now: number; attachment: FileRef | null }): CaseDoc {
  const contact = PUBLIC_CONTACT_CHANNELS[input.contact];
  const made = newCase({
    kind: input.kind, category: '', description: input.description, beneficiaryId: '',
    // The mobile is how to reach the complainant and, with the ID, only a *proposed* link (staff confirm it).
    complainant: { name: input.name, mobile: input.mobile, email: input.email },
    proposedLink: { nationalId: input.nationalId, mobile: input.mobile },
    channel: 'website-email', subChannel: 'web-form', replyChannel: contact.channel, replySubChannel: contact.subChannel,
    priority: 'normal', domain: '', concernsStaffIds: [], sensitive: false, attachments: meta.attachment ? [meta.attachment] : [],
  }, { id: randomUUID(), caseNumber: meta.caseNumber, now: new Date(meta.now).toISOString(), actorId: WEB_ACTOR, deskId: WEB_DESK_CODE, source: 'web', holidays, clocks });
  // The page checked every field against the same limits first: a refusal here is a bug, not bad input.
  if (!made.ok) throw new Error(`web case refused by newCase: ${JSON.stringify(made.error)}`);
  // No beneficiary category or domain yet: routing finds the gap, and the case waits in the follow-up
  // unit's queue (policy 3.5a: "through the administrative unit responsible for follow-up").
  const routed = routeCase({ category: '', domain: '', concernsStaffIds: [] }, { matrix: {}, delegations: [], domainUnits: {}, today: dateOfInstant(made.value.startedAt), isActiveStaff: () => false });
  return { ...made.value, unitId: routed.unitId };
}

const STATE_TEXT: Record<CaseStatus, PublicPageKey> = {
  received: 'state.received',
  assigned: 'state.assigned',
  'in-progress': 'state.in-progress',
  'waiting-for-complainant': 'state.waiting',
  escalated: 'state.escalated',
  resolved: 'state.resolved',
  informed: 'state.informed',
  closed: 'state.closed',
};

/** Status and dates only (policy 3.5a): no description, name, contact, officer or resolution. */
export function caseStatusView(doc: CaseDoc): CaseStatusView {
  const closing = doc.history.findLast((entry) => entry.to === 'closed');
  const open = doc.status !== 'resolved' && doc.status !== 'informed' && doc.status !== 'closed';
  return {
    state: STATE_TEXT[doc.status],
    receivedAt: dateOfInstant(doc.startedAt),
    updatedAt: dateOfInstant(doc.updatedAt),
    dueDate: open ? doc.dueDate : null,
    closedAt: doc.status === 'closed' && closing ? dateOfInstant(closing.at) : null,
  };
}

/** A typed case number in its stored form (case, digits and dashes forgiven), or null when it is not one. */
export function canonicalWebCaseNumber(typed: string): string | null {
  const parts = parseHumanNumber('case', typed);
  return parts ? formatHumanNumber('case', parts) : null;
}
