/**
 * The checks of a case recorded at the desk: the shared new-case rules (shared/cases/case-input.ts:
 * texts, kind, priority, the channel it came by, a fax's scanned page, policy 3.5a) against the desk's
 * active channels, then what only the desk's catalog and registry know: a category offered for the
 * kind, an active domain, the beneficiary's file when one is named. Writes nothing.
 */
import { readCaseCategory, type CaseClockTable } from '@shared/catalog/case-catalog';
import type { Channel } from '@shared/catalog/channels';
import { newCase, type CaseField, type CaseInput, type CaseInputError } from '@shared/cases/case-input';
import type { CaseDoc } from '@shared/db/schemas/case.schema';
import type { FileRef } from '@shared/files/file-ref';
import type { HolidayRange } from '@shared/calendar/holidays';
import { err, ok, type FieldErrors, type Result } from '@shared/result';
import type { CasesDeps, CasesDeskErrorCode } from './deps';

export type NewCaseInput = {
  kind: string;
  category: string;
  /** The channel it came by: catalog keys. */
  channel: string;
  subChannel: string;
  /** '' for an anonymous complainant. */
  beneficiaryId: string;
  /** How to reach an anonymous complainant (any may be ''). */
  complainant?: { name: string; mobile: string; email: string };
  description: string;
  priority: string;
  domain: string;
  /** Staff members the case is about (conflict of interest: never shown or assigned to them). */
  concernsStaffIds?: readonly string[];
};

export type CaseFieldErrors = FieldErrors<CaseField, CaseInputError>;
export type CheckProblem = { code: CaseInputError | CasesDeskErrorCode; fields?: CaseFieldErrors };

export const FAX_CHANNEL = 'fax';

/** Stands in for a picked scan before it is stored: the shared rule only counts and types them. */
export const PICKED_SCAN: FileRef = { sha256: '0'.repeat(64), name: 'scan', type: 'application/pdf', size: 1 };

async function activeEntries(deps: Pick<CasesDeps, 'db'>, kind: string) {
  return (await deps.db.catalog.find({ selector: { kind } }).exec()).map((doc) => doc.toMutableJSON()).filter((doc) => doc.active);
}

/** The desk's active channels with their sub-channels. */
export async function activeChannels(deps: Pick<CasesDeps, 'db'>): Promise<Channel[]> {
  return (await activeEntries(deps, 'channel')).map((doc) => ({ key: doc.key, labelAr: doc.labelAr, labelEn: doc.labelEn, subChannels: Array.isArray(doc.data?.subChannels) ? (doc.data.subChannels as Channel['subChannels']) : [] }));
}

/** The facts the shared rule needs to judge an input (number and id are stand-ins until the insert). */
export function judgingFacts(deps: Pick<CasesDeps, 'actor' | 'desk' | 'now'>, clocks: CaseClockTable, holidays: readonly HolidayRange[], channels: readonly Channel[]) {
  return { id: 'new', caseNumber: 'new', now: deps.now().toISOString(), actorId: deps.actor.id, deskId: deps.desk.deskId, source: 'desk' as const, holidays, clocks, channels };
}

/** The shared rule's input from the desk form; the reply goes on the file's agreed channel (policy 3.7). */
export function caseInputOf(input: NewCaseInput, file: Pick<CaseDoc, 'replyChannel' | 'replySubChannel'> | null, attachments: readonly FileRef[]): CaseInput {
  const who = input.complainant ?? { name: '', mobile: '', email: '' };
  // An anonymous complainant is answered the way they gave: a mobile means a call, an e-mail a mail;
  // with neither they are unreachable from the start (the loop closes as such).
  const reply = file ? { channel: file.replyChannel, subChannel: file.replySubChannel }
    : who.mobile.trim() !== '' ? { channel: 'phone', subChannel: 'voice-call' }
      : who.email.trim() !== '' ? { channel: 'website-email', subChannel: 'email' } : { channel: '', subChannel: '' };
  return {
    kind: input.kind, category: input.category, description: input.description, beneficiaryId: input.beneficiaryId.trim(),
    complainant: file ? { name: '', mobile: '', email: '' } : who, proposedLink: { nationalId: '', mobile: '' },
    channel: input.channel, subChannel: input.subChannel, replyChannel: reply.channel, replySubChannel: reply.subChannel,
    priority: input.priority, domain: input.domain, concernsStaffIds: input.concernsStaffIds ?? [], sensitive: false, attachments,
  };
}

const firstProblem = (fields: CaseFieldErrors): CheckProblem => ({ code: Object.values(fields)[0] ?? 'case.kind', fields });

/**
 * Checks everything before anything is stored. Returns the shared rule's input (attachments still the
 * stand-ins) and the beneficiary's category (the liaison matrix's row; '' when anonymous).
 */
export async function checkNewCase(
  deps: Pick<CasesDeps, 'db' | 'actor' | 'desk' | 'now'>,
  input: NewCaseInput,
  scanCount: number,
  context: { clocks: CaseClockTable; holidays: readonly HolidayRange[] },
): Promise<Result<{ input: CaseInput; beneficiaryCategory: string }, CheckProblem>> {
  const beneficiaryId = input.beneficiaryId.trim();
  const file = beneficiaryId === '' ? null : (await deps.db.beneficiaries.findOne(beneficiaryId).exec())?.toMutableJSON();
  if (beneficiaryId !== '' && (!file || file.mergedInto)) return err({ code: 'cases.beneficiary-not-found' });
  const agreed = file ? { replyChannel: file.preferredChannel.channel, replySubChannel: file.preferredChannel.subChannel } : null;
  const caseInput = caseInputOf(input, agreed, Array.from({ length: scanCount }, () => PICKED_SCAN));
  const judged = newCase(caseInput, judgingFacts(deps, context.clocks, context.holidays, await activeChannels(deps)));
  if (!judged.ok) return err(firstProblem(judged.error));
  const category = (await activeEntries(deps, 'case-category')).find((doc) => doc.key === input.category);
  if (!category || !((readCaseCategory(category.data)?.kinds as readonly string[] | undefined)?.includes(judged.value.kind) ?? false)) return err({ code: 'cases.category', fields: { category: 'case.kind' } });
  if (!(await activeEntries(deps, 'association-domain')).some((doc) => doc.key === input.domain)) return err({ code: 'cases.domain', fields: { domain: 'case.kind' } });
  return ok({ input: caseInput, beneficiaryCategory: file?.categoryKey ?? '' });
}
