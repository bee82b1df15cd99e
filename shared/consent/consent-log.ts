/**
 * A beneficiary's consent over time (PDPL Art. 5: processing needs consent; Art. 5(2) and the
 * implementing regulation: the person may withdraw it at any time). The log is append-only: a step
 * 'given' names the notice version it was given to and how; a step 'withdrawn' names what it stops
 * (contact on chosen sub-channels, being drawn for satisfaction surveys: policy 3.8). Withdrawals add
 * up; a later 'given' is a fresh consent to the whole notice and lifts them. Pure: clocks and ids come in.
 */
import type { BeneficiaryDoc, ConsentMethod, ConsentStep } from '../db/schemas/beneficiary.schema';
import { BENEFICIARY_LIMITS, CONSENT_METHODS } from '../db/schemas/beneficiary.schema';
import type { FileRef } from '../files/file-ref';
import { err, ok, type Result } from '../result';

/** The sub-channels (shared/catalog/channels.ts keys) a person may ask never to be contacted on. */
export const CONTACT_SUB_CHANNELS = ['sms', 'email', 'whatsapp', 'voice-call'] as const;
export type ContactSubChannel = (typeof CONTACT_SUB_CHANNELS)[number];

/** Given before the notice was versioned (files registered before consent records named a version). */
export const UNVERSIONED_NOTICE = 0;

type ConsentFile = Pick<BeneficiaryDoc, 'consent' | 'consentLog'>;

/** The log; a file from before the log has its registration consent as its one step. */
export function consentHistory(file: ConsentFile): ConsentStep[] {
  if (file.consentLog && file.consentLog.length > 0) return [...file.consentLog].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  return [{ id: 'registration', kind: 'given', at: file.consent.givenAt, by: file.consent.takenBy, method: 'in-person', noticeVersion: UNVERSIONED_NOTICE, stopsChannels: [], stopsSampling: false, note: '' }];
}

export type ConsentInForce = {
  /** The consent standing at that moment (null: none yet). */
  given: ConsentStep | null;
  stoppedChannels: string[];
  samplingStopped: boolean;
};

/** What stands at `at` (ISO instant): the last consent given by then and the withdrawals since. */
export function consentInForceAt(file: ConsentFile, at: string): ConsentInForce {
  let given: ConsentStep | null = null;
  let channels = new Set<string>();
  let sampling = false;
  for (const step of consentHistory(file)) {
    if (step.at > at) break;
    if (step.kind === 'given') {
      given = step;
      channels = new Set();
      sampling = false;
    } else {
      for (const channel of step.stopsChannels) channels.add(channel);
      sampling ||= step.stopsSampling;
    }
  }
  return { given, stoppedChannels: [...channels].sort(), samplingStopped: sampling };
}

/** Whether the association may contact the person on a sub-channel at `at` (the outbox asks). */
export function contactAllowed(file: ConsentFile, subChannel: string, at: string): boolean {
  const state = consentInForceAt(file, at);
  return state.given !== null && !state.stoppedChannels.includes(subChannel);
}

/** Whether the person may be drawn for a satisfaction survey at `at` (the sampler asks). */
export function samplingAllowed(file: ConsentFile, at: string): boolean {
  const state = consentInForceAt(file, at);
  return state.given !== null && !state.samplingStopped;
}

export type ConsentError =
  | 'consent.method.invalid'
  | 'consent.notice.unknown-version'
  | 'consent.withdraw.nothing'
  | 'consent.withdraw.bad-channel'
  | 'consent.note.too-long'
  | 'consent.log.full'
  | 'consent.paper.not-paper'
  | 'consent.paper.already';

const isMethod = (value: string): value is ConsentMethod => (CONSENT_METHODS as readonly string[]).includes(value);

export type GiveInput = { noticeVersion: number; method: string; paperForm?: FileRef | null; note?: string };

/** A consent given to a published notice version (`versions`: the numbers published). */
export function giveConsent(file: ConsentFile, input: GiveInput, versions: readonly number[], stamp: { id: string; at: string; by: string }): Result<ConsentStep[], ConsentError> {
  if (!isMethod(input.method)) return err('consent.method.invalid');
  if (!versions.includes(input.noticeVersion)) return err('consent.notice.unknown-version');
  const note = (input.note ?? '').trim();
  if (note.length > BENEFICIARY_LIMITS.consentNote) return err('consent.note.too-long');
  const history = consentHistory(file);
  if (history.length >= BENEFICIARY_LIMITS.consentLog) return err('consent.log.full');
  const paper = input.method === 'paper' && input.paperForm ? { paperForm: input.paperForm } : {};
  return ok([...history, { ...stamp, kind: 'given', method: input.method, noticeVersion: input.noticeVersion, ...paper, stopsChannels: [], stopsSampling: false, note }]);
}

export type WithdrawInput = { channels: readonly string[]; sampling: boolean; method: string; note?: string };

/** A withdrawal: at least one thing stopped, every channel one the association contacts on. */
export function withdrawConsent(file: ConsentFile, input: WithdrawInput, stamp: { id: string; at: string; by: string }): Result<ConsentStep[], ConsentError> {
  if (!isMethod(input.method)) return err('consent.method.invalid');
  const channels = [...new Set(input.channels)].sort();
  if (!channels.every((c) => (CONTACT_SUB_CHANNELS as readonly string[]).includes(c))) return err('consent.withdraw.bad-channel');
  if (channels.length === 0 && !input.sampling) return err('consent.withdraw.nothing');
  const note = (input.note ?? '').trim();
  if (note.length > BENEFICIARY_LIMITS.consentNote) return err('consent.note.too-long');
  const history = consentHistory(file);
  if (history.length >= BENEFICIARY_LIMITS.consentLog) return err('consent.log.full');
  const noticeVersion = consentInForceAt(file, stamp.at).given?.noticeVersion ?? UNVERSIONED_NOTICE;
  return ok([...history, { ...stamp, kind: 'withdrawn', method: input.method, noticeVersion, stopsChannels: channels, stopsSampling: input.sampling, note }]);
}

/** The signed paper form attached to a consent given on paper (it may come after the registration). */
export function attachPaperForm(file: ConsentFile, stepId: string, form: FileRef): Result<ConsentStep[], ConsentError> {
  const history = consentHistory(file);
  const step = history.find((s) => s.id === stepId);
  if (!step || step.method !== 'paper') return err('consent.paper.not-paper');
  if (step.paperForm) return err('consent.paper.already');
  return ok(history.map((s) => (s.id === stepId ? { ...s, paperForm: form } : s)));
}
