/**
 * A closed case never reopens (its history is the record of what was decided and told): an appeal is a
 * new case linked by `appealOf`. The same holds for a complainant who does not accept the outcome
 * (policy 3.5c): a dispute is opened, and the informed case may then close naming it.
 */
import type { CaseDoc, CaseKind } from '../db/schemas/case.schema';
import { err, ok, type Result } from '../result';
import type { CaseInput } from './case-input';

type Source = Pick<CaseDoc, 'id' | 'status' | 'resolution' | 'category' | 'beneficiaryId' | 'complainant' | 'proposedLink'
  | 'channel' | 'subChannel' | 'replyChannel' | 'replySubChannel' | 'priority' | 'domain' | 'concernsStaffIds' | 'sensitive'>;

/** True when a linked case may be opened from `source`: it is closed, or its complainant did not accept. */
export function mayOpenLinkedCase(source: Pick<CaseDoc, 'status' | 'resolution'>): boolean {
  return source.status === 'closed' || (source.status === 'informed' && source.resolution?.response === 'does-not-accept');
}

/**
 * The form values of the linked case: the same complainant, file, reply channel, domain and conflicts
 * (the people concerned stay concerned), a new description, kind 'dispute' unless said otherwise.
 * The caller runs it through newCase (case-input.ts) like any other case.
 */
export function linkedCaseInput(source: Source, description: string, channel: { channel: string; subChannel: string }, kind: CaseKind = 'dispute'): Result<CaseInput, { code: 'case.not-allowed' }> {
  if (!mayOpenLinkedCase(source)) return err({ code: 'case.not-allowed' });
  return ok({
    kind, category: source.category, description, beneficiaryId: source.beneficiaryId,
    complainant: { ...source.complainant }, proposedLink: { ...source.proposedLink },
    channel: channel.channel, subChannel: channel.subChannel,
    replyChannel: source.replyChannel, replySubChannel: source.replySubChannel,
    priority: source.priority, domain: source.domain, concernsStaffIds: [...source.concernsStaffIds],
    sensitive: source.sensitive, attachments: [], appealOf: source.id,
  });
}
