/**
 * Closing the loop (policy 3.7, 3.5c): a case closes only once the outcome reached the complainant on
 * their agreed channel and their response is on record: they accept; they do not accept (then the case
 * is escalated or a dispute is opened before it closes); or they could not be reached after a set number
 * of attempts. Every attempt is a contact in the resolution record: the logged interaction when the
 * complainant has a file, the contact alone when they are anonymous (an interaction needs a file).
 */
import type { CaseContact, CaseDoc, ComplainantResponse } from '../db/schemas/case.schema';
import { err, ok, type Result } from '../result';
import type { CaseActor, CaseError } from './case-transition';
import { isConcerned } from './case-visibility';

type LoopFields = Pick<CaseDoc, 'status' | 'resolution' | 'replyChannel' | 'replySubChannel' | 'concernsStaffIds'>;

export type LoopState = {
  /** a contact reached the complainant on the agreed channel */
  told: boolean;
  /** attempts that did not reach them */
  failedAttempts: number;
  /** no agreed channel, or `attemptsBeforeUnreachable` attempts failed with none reaching them */
  unreachable: boolean;
  response: ComplainantResponse | null;
};

const onAgreedChannel = (doc: LoopFields, contact: CaseContact): boolean =>
  contact.channel === doc.replyChannel && contact.subChannel === doc.replySubChannel;

/** Where the loop stands. */
export function loopState(doc: LoopFields, attemptsBeforeUnreachable: number): LoopState {
  const contacts = doc.resolution?.contacts ?? [];
  const told = doc.replyChannel !== '' && contacts.some((contact) => contact.reached && onAgreedChannel(doc, contact));
  const failedAttempts = contacts.filter((contact) => !contact.reached).length;
  const unreachable = !told && (doc.replyChannel === '' || failedAttempts >= attemptsBeforeUnreachable);
  return { told, failedAttempts, unreachable, response: doc.resolution?.response ?? null };
}

/** Closing is allowed: accepted, unreachable, or not accepted with the dispute opened for it. */
export function loopClosed(doc: LoopFields, disputeCaseId: string | undefined): boolean {
  const response = doc.resolution?.response ?? null;
  if (response === 'accepts' || response === 'unreachable') return true;
  return response === 'does-not-accept' && (disputeCaseId ?? '').trim() !== '';
}

export type ContactInput = { channel: string; subChannel: string; reached: boolean; interactionId?: string };

/** Records one attempt to tell the outcome (resolved or informed cases only). */
export function recordContact<T extends LoopFields>(doc: T, contact: ContactInput, actor: CaseActor, now: string): Result<T, CaseError> {
  if (isConcerned(doc, actor.id)) return err({ code: 'case.conflict-of-interest' });
  if (!doc.resolution || (doc.status !== 'resolved' && doc.status !== 'informed')) return err({ code: 'case.not-allowed' });
  if (contact.channel.trim() === '' || contact.subChannel.trim() === '') return err({ code: 'case.not-allowed' });
  const entry: CaseContact = {
    at: now, by: actor.id, channel: contact.channel.trim(), subChannel: contact.subChannel.trim(),
    reached: contact.reached, interactionId: contact.interactionId?.trim() ?? '',
  };
  return ok({ ...doc, resolution: { ...doc.resolution, contacts: [...doc.resolution.contacts, entry] } });
}

/** Records the complainant's answer once they were told (an informed case). */
export function recordResponse<T extends LoopFields>(doc: T, response: 'accepts' | 'does-not-accept', actor: CaseActor): Result<T, CaseError> {
  if (isConcerned(doc, actor.id)) return err({ code: 'case.conflict-of-interest' });
  if (!doc.resolution || doc.status !== 'informed' || doc.resolution.response === 'unreachable') return err({ code: 'case.not-allowed' });
  return ok({ ...doc, resolution: { ...doc.resolution, response } });
}
