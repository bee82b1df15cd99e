/**
 * A new case from what a desk form or the public page (policy 3.5a) received: every field checked, the
 * texts cleaned, the clock started; refused field by field with nothing built on any problem. Pure: the
 * id, number, instant, desk and clocks are passed in. The case starts 'received'; routing (case-routing.ts)
 * then assigns it through the status machine, so the assignment is on its history like any other.
 */
import type { HolidayRange } from '../calendar/holidays';
import { addWorkingDays } from '../calendar/working-days';
import { CHANNELS, findSubChannel, type Channel } from '../catalog/channels';
import type { CaseClockTable } from '../catalog/case-catalog';
import { isFileRef, type FileRef } from '../files/file-ref';
import {
  CASE_KINDS, CASE_LIMITS, CASE_PRIORITIES, type CaseDoc, type CaseKind, type CasePriority, type CaseSource,
} from '../db/schemas/case.schema';
import { normalizeSaudiMobile } from '../registry/mobile';
import { validateNationalId } from '../registry/national-id';
import { cleanTextInput, compactIdentifier } from '../registry/text-normalize';
import { err, ok, type FieldErrors, type Result } from '../result';
import { dateOfInstant } from './case-clock';
import { isInstant } from './case-transition';

export type CaseInput = {
  kind: string;
  category: string;
  description: string;
  beneficiaryId: string;
  complainant: { name: string; mobile: string; email: string };
  /** what the web form was given to match a file with (never linked without staff confirming) */
  proposedLink: { nationalId: string; mobile: string };
  channel: string;
  subChannel: string;
  replyChannel: string;
  replySubChannel: string;
  priority: string;
  domain: string;
  concernsStaffIds: readonly string[];
  sensitive: boolean;
  attachments: readonly FileRef[];
  appealOf?: string;
  checkCodeHash?: string;
};

export type CaseField =
  | 'kind' | 'description' | 'channel' | 'replyChannel' | 'priority' | 'attachments' | 'name' | 'mobile' | 'email'
  | 'nationalId' | 'proposedMobile' | 'concernsStaffIds' | 'category' | 'domain';

export type CaseInputError =
  | 'case.kind' | 'case.description-required' | 'case.too-long' | 'case.channel-unknown' | 'case.fax-scan-required'
  | 'case.priority' | 'case.attachments' | 'case.mobile' | 'case.email' | 'case.national-id' | 'case.concerns';

export type NewCaseFacts = {
  id: string;
  caseNumber: string;
  now: string;
  actorId: string;
  deskId: string;
  source: CaseSource;
  holidays: readonly HolidayRange[];
  clocks: CaseClockTable;
  channels?: readonly Channel[];
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const KEY = /^[a-z0-9-]{0,40}$/;

const isKind = (value: string): value is CaseKind => (CASE_KINDS as readonly string[]).includes(value);
const isPriority = (value: string): value is CasePriority => (CASE_PRIORITIES as readonly string[]).includes(value);

/** A mobile given as text: '' stays '', anything else must be a Saudi mobile (stored +9665XXXXXXXX). */
function optionalMobile(input: string): string | null {
  if (input.trim() === '') return '';
  const mobile = normalizeSaudiMobile(input);
  return mobile.ok ? mobile.value : null;
}

function checkTexts(input: CaseInput, errors: FieldErrors<CaseField, CaseInputError>) {
  const description = cleanTextInput(input.description, { multiline: true });
  if (description === '') errors.description = 'case.description-required';
  else if (description.length > CASE_LIMITS.description) errors.description = 'case.too-long';
  const name = cleanTextInput(input.complainant.name);
  if (name.length > CASE_LIMITS.name) errors.name = 'case.too-long';
  const email = cleanTextInput(input.complainant.email).toLowerCase();
  if (email !== '' && (email.length > CASE_LIMITS.email || !EMAIL.test(email))) errors.email = 'case.email';
  const mobile = optionalMobile(input.complainant.mobile);
  if (mobile === null) errors.mobile = 'case.mobile';
  const proposedMobile = optionalMobile(input.proposedLink.mobile);
  if (proposedMobile === null) errors.proposedMobile = 'case.mobile';
  const idText = compactIdentifier(input.proposedLink.nationalId);
  const nationalId = idText === '' ? '' : validateNationalId(idText);
  if (nationalId !== '' && !nationalId.ok) errors.nationalId = 'case.national-id';
  return {
    description, complainant: { name, mobile: mobile ?? '', email },
    proposedLink: { nationalId: nationalId !== '' && nationalId.ok ? nationalId.value.value : '', mobile: proposedMobile ?? '' },
  };
}

function checkChoices(input: CaseInput, facts: NewCaseFacts, errors: FieldErrors<CaseField, CaseInputError>) {
  const channels = facts.channels ?? CHANNELS;
  if (!isKind(input.kind)) errors.kind = 'case.kind';
  if (!isPriority(input.priority)) errors.priority = 'case.priority';
  if (!findSubChannel(input.channel, input.subChannel, channels)) errors.channel = 'case.channel-unknown';
  const replyGiven = input.replyChannel !== '' || input.replySubChannel !== '';
  if (replyGiven && !findSubChannel(input.replyChannel, input.replySubChannel, channels)) errors.replyChannel = 'case.channel-unknown';
  if (!KEY.test(input.category)) errors.category = 'case.kind';
  if (!KEY.test(input.domain)) errors.domain = 'case.kind';
  if (input.attachments.length > CASE_LIMITS.attachments || !input.attachments.every(isFileRef)) errors.attachments = 'case.attachments';
  // Policy 3.5(a): a complaint by fax is the faxed page; without its scan there is nothing to work from.
  else if (input.channel === 'fax' && input.attachments.length === 0) errors.attachments = 'case.fax-scan-required';
  const concerns = [...new Set(input.concernsStaffIds.map((id) => id.trim()).filter(Boolean))];
  if (concerns.length > CASE_LIMITS.concernsStaff || concerns.some((id) => id.length > 36)) errors.concernsStaffIds = 'case.concerns';
  return concerns;
}

/** The new case document, or every field's problem. Throws only on facts no caller produces (a bad instant). */
export function newCase(input: CaseInput, facts: NewCaseFacts): Result<CaseDoc, FieldErrors<CaseField, CaseInputError>> {
  if (!isInstant(facts.now)) throw new RangeError(`Invalid instant: ${facts.now}`);
  const errors: FieldErrors<CaseField, CaseInputError> = {};
  const texts = checkTexts(input, errors);
  const concerns = checkChoices(input, facts, errors);
  if (Object.keys(errors).length > 0 || !isKind(input.kind) || !isPriority(input.priority)) return err(errors);
  const clock = facts.clocks[input.kind];
  const startDate = dateOfInstant(facts.now);
  const linkGiven = texts.proposedLink.nationalId !== '' || texts.proposedLink.mobile !== '';
  return ok({
    id: facts.id, caseNumber: facts.caseNumber, kind: input.kind, category: input.category, description: texts.description,
    beneficiaryId: input.beneficiaryId.trim(), complainant: texts.complainant, proposedLink: texts.proposedLink,
    linkReview: linkGiven && input.beneficiaryId.trim() === '' ? 'pending' : 'none',
    channel: input.channel, subChannel: input.subChannel, replyChannel: input.replyChannel, replySubChannel: input.replySubChannel,
    priority: input.priority, domain: input.domain, unitId: '', officerId: '', concernsStaffIds: concerns,
    sensitive: input.sensitive, status: 'received', escalated: false, history: [], startedAt: facts.now, pauses: [],
    acknowledgeDueDate: addWorkingDays(startDate, clock.acknowledgeDays, facts.holidays),
    acknowledgedAt: null, dueDate: addWorkingDays(startDate, clock.resolveDays, facts.holidays),
    attachments: [...input.attachments], interactionIds: [], resolution: null, appealOf: input.appealOf?.trim() ?? '',
    checkCodeHash: input.checkCodeHash ?? '', source: facts.source, createdAt: facts.now, createdBy: facts.actorId,
    updatedAt: facts.now, updatedBy: facts.actorId, deskId: facts.deskId,
  });
}
