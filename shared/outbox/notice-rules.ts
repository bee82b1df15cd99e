/**
 * What a notice must be before it is queued (policy 3.3e: the beneficiary is told through the
 * agreed means): a send channel the server has (SMS or e-mail), an address it can reach, and a text
 * that fits (an SMS at most MAX_SMS_SEGMENTS segments). The same check runs on the desk (a
 * translated error, nothing queued) and on the server (a bad entry is failed, never sent). Pure.
 */
import { INTERACTION_LIMITS } from '../db/schemas/interaction.schema';
import { normalizeSaudiMobile } from '../registry/mobile';
import { err, ok, type Result } from '../result';
import type { SendChannel } from './quiet-hours';
import { countSmsSegments, MAX_SMS_SEGMENTS, type SmsSegments } from './segments';

export type NoticeError =
  | 'outbox.channel-unsupported'
  | 'outbox.email-invalid'
  | 'outbox.mobile-invalid'
  | 'outbox.text-required'
  | 'outbox.text-too-long'
  | 'outbox.too-many-segments'
  | 'outbox.subject-too-long';

export type NoticeDraft = { subChannel: string; address: string; subject: string; text: string };

export type CheckedNotice = { channel: SendChannel; address: string; subject: string; text: string; segments: SmsSegments | null };

/** The catalog sub-channels the server sends itself (shared/catalog/channels.ts keys). */
export function sendChannelOf(subChannel: string): SendChannel | null {
  if (subChannel === 'sms') return 'sms';
  if (subChannel === 'email') return 'email';
  return null;
}

// One @, no spaces or angle brackets, a dotted domain with a 2+ letter top level: strict enough
// that a typo fails at the desk, loose enough for every real address (no full RFC 5322 grammar).
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}$/;

export function normalizeEmail(input: string): string | null {
  const address = input.trim();
  if (address.length > INTERACTION_LIMITS.address || !EMAIL.test(address)) return null;
  const [local = '', domain = ''] = address.split('@');
  return local.length > 64 ? null : `${local}@${domain.toLowerCase()}`;
}

export function checkNotice(draft: NoticeDraft): Result<CheckedNotice, NoticeError> {
  const channel = sendChannelOf(draft.subChannel);
  if (channel === null) return err('outbox.channel-unsupported');
  const text = draft.text.trim();
  const subject = draft.subject.trim();
  if (text === '') return err('outbox.text-required');
  if (text.length > INTERACTION_LIMITS.summary) return err('outbox.text-too-long');
  if (subject.length > INTERACTION_LIMITS.subject) return err('outbox.subject-too-long');
  if (channel === 'email') {
    const address = normalizeEmail(draft.address);
    return address === null ? err('outbox.email-invalid') : ok({ channel, address, subject, text, segments: null });
  }
  const mobile = normalizeSaudiMobile(draft.address);
  if (!mobile.ok) return err('outbox.mobile-invalid');
  const segments = countSmsSegments(text);
  if (segments.segments > MAX_SMS_SEGMENTS) return err('outbox.too-many-segments');
  return ok({ channel, address: mobile.value, subject, text, segments });
}

/**
 * The WhatsApp link for a Saudi mobile (wa.me takes the international number without + or 00)
 * with the text pre-filled; null when the number is not a mobile. No automation: staff send it
 * from their own phone or WhatsApp desktop and confirm.
 */
export function whatsappLink(mobile: string, text: string): string | null {
  const normalized = normalizeSaudiMobile(mobile);
  if (!normalized.ok) return null;
  return `https://wa.me/${normalized.value.slice(1)}?text=${encodeURIComponent(text)}`;
}
