/**
 * A beneficiary's opting out of (or back into) a sub-channel as a communication-log entry (PDPL
 * consent; policy 3.3e "the means agreed"): written by the outbox's channel switch and by a consent
 * withdrawal (shared/consent), read by the desk and the server alike (notice-state.ts optedOut).
 */
import type { InteractionDoc } from '../db/schemas/interaction.schema';

/** The catalog channel each sub-channel the desk offers belongs to (shared/catalog/channels.ts). */
export const CHANNEL_OF: Readonly<Record<string, string>> = { sms: 'phone', whatsapp: 'phone', email: 'website-email' };

export function channelChoiceEntry(input: { id: string; beneficiaryId: string; subChannel: string; optOut: boolean; staffId: string; at: string; deskId: string }): InteractionDoc {
  return {
    id: input.id,
    kind: input.optOut ? 'opt-out' : 'opt-in',
    beneficiaryId: input.beneficiaryId,
    requestId: '',
    channel: CHANNEL_OF[input.subChannel] ?? '',
    subChannel: input.subChannel,
    direction: 'inbound',
    // The log's subject names the choice; the desk shows it translated by kind.
    subject: input.optOut ? 'opt-out' : 'opt-in',
    summary: '',
    staffId: input.staffId,
    at: input.at,
    updatedAt: input.at,
    updatedBy: input.staffId,
    deskId: input.deskId,
  };
}
