/**
 * The checks of a case recorded at the desk, against the desk's catalog: the kind, a category offered
 * for it, the channel it came by (policy 3.1; a fax needs its scanned page, 3.5a), the priority, the
 * domain, the beneficiary's file when known (anonymous allowed, with how to reach them), and the text
 * limits of the schema. Returns the fields to store, or the first problem's code. Writes nothing.
 */
import { readCaseCategory } from '@shared/catalog/case-catalog';
import { findSubChannel, type Channel } from '@shared/catalog/channels';
import { CASE_KINDS, CASE_LIMITS, CASE_PRIORITIES, type CaseDoc, type CaseKind, type CasePriority } from '@shared/db/schemas/case.schema';
import { cleanTextInput } from '@shared/registry/text-normalize';
import { err, ok, type Result } from '@shared/result';
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

export type CaseFields = Pick<
  CaseDoc,
  'kind' | 'category' | 'channel' | 'subChannel' | 'beneficiaryId' | 'complainant' | 'description' | 'priority' | 'domain' | 'concernsStaffIds' | 'sensitive' | 'replyChannel' | 'replySubChannel' | 'appealOf'
>;

/** The fields to store and the beneficiary's category (the liaison matrix's row; '' when anonymous). */
export type CheckedCase = { value: CaseFields; beneficiaryCategory: string };

export const FAX_CHANNEL = 'fax';

async function activeEntries(deps: Pick<CasesDeps, 'db'>, kind: string) {
  return (await deps.db.catalog.find({ selector: { kind } }).exec()).map((doc) => doc.toMutableJSON()).filter((doc) => doc.active);
}

async function channelsOf(deps: Pick<CasesDeps, 'db'>): Promise<Channel[]> {
  return (await activeEntries(deps, 'channel')).map((doc) => ({ key: doc.key, labelAr: doc.labelAr, labelEn: doc.labelEn, subChannels: Array.isArray(doc.data?.subChannels) ? (doc.data.subChannels as Channel['subChannels']) : [] }));
}

/** The text and list fields, before the catalog is read. */
function checkShape(input: NewCaseInput, scanCount: number): CasesDeskErrorCode | null {
  if (!(CASE_KINDS as readonly string[]).includes(input.kind)) return 'cases.kind';
  if (!(CASE_PRIORITIES as readonly string[]).includes(input.priority)) return 'cases.priority';
  const description = cleanTextInput(input.description, { multiline: true });
  if (description === '') return 'cases.description-required';
  if (description.length > CASE_LIMITS.description) return 'cases.description-too-long';
  if (input.channel === FAX_CHANNEL && scanCount === 0) return 'cases.fax-scan-required';
  if (scanCount > CASE_LIMITS.attachments) return 'cases.too-many-files';
  const who = input.complainant;
  if (who && (who.name.length > CASE_LIMITS.name || who.mobile.length > CASE_LIMITS.mobile || who.email.length > CASE_LIMITS.email)) return 'cases.complainant-too-long';
  return null;
}

/** The checked fields and the beneficiary's category (the matrix's row; '' when anonymous). */
export async function checkNewCase(deps: Pick<CasesDeps, 'db'>, input: NewCaseInput, scanCount: number): Promise<Result<CheckedCase, CasesDeskErrorCode>> {
  const shape = checkShape(input, scanCount);
  if (shape) return err(shape);
  const kind = input.kind as CaseKind;
  const category = (await activeEntries(deps, 'case-category')).find((doc) => doc.key === input.category);
  if (!category || !(readCaseCategory(category.data)?.kinds.includes(kind) ?? false)) return err('cases.category');
  if (!(await activeEntries(deps, 'association-domain')).some((doc) => doc.key === input.domain)) return err('cases.domain');
  if (!findSubChannel(input.channel, input.subChannel, await channelsOf(deps))) return err('cases.channel');
  const beneficiaryId = input.beneficiaryId.trim();
  const file = beneficiaryId === '' ? null : (await deps.db.beneficiaries.findOne(beneficiaryId).exec())?.toMutableJSON();
  if (beneficiaryId !== '' && (!file || file.mergedInto)) return err('cases.beneficiary-not-found');
  const who = input.complainant ?? { name: '', mobile: '', email: '' };
  // The outcome is told on the file's agreed channel (policy 3.7); an anonymous complainant's is the one
  // they gave: a mobile means a call, an e-mail a mail, nothing means unreachable from the start.
  const reply = file ? file.preferredChannel : who.mobile.trim() !== '' ? { channel: 'phone', subChannel: 'voice-call' } : who.email.trim() !== '' ? { channel: 'website-email', subChannel: 'email' } : { channel: '', subChannel: '' };
  return ok({
    value: {
      kind,
      category: input.category,
      channel: input.channel,
      subChannel: input.subChannel,
      beneficiaryId,
      complainant: file ? { name: '', mobile: '', email: '' } : { name: cleanTextInput(who.name), mobile: cleanTextInput(who.mobile), email: cleanTextInput(who.email) },
      description: cleanTextInput(input.description, { multiline: true }),
      priority: input.priority as CasePriority,
      domain: input.domain,
      concernsStaffIds: [...new Set(input.concernsStaffIds ?? [])],
      sensitive: false,
      replyChannel: reply.channel,
      replySubChannel: reply.subChannel,
      appealOf: '',
    },
    beneficiaryCategory: file?.categoryKey ?? '',
  });
}
