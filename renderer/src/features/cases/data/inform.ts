/**
 * Telling the complainant the outcome (policy 3.7, 3.5c). Each attempt is a contact in the resolution
 * record; when the complainant has a file it is also an outbound interaction on their communication log
 * (append-only), which the case lists. Once the outcome reached them on their agreed channel, or the set
 * number of attempts failed, the case moves to 'informed' in the same write. Everything is checked before
 * anything is written: a refused attempt leaves neither a log entry nor a changed case.
 */
import { appendAudit } from '@renderer/stores/audit-log';
import { findSubChannel, type Channel } from '@shared/catalog/channels';
import { recordContact } from '@shared/cases/case-loop';
import { transition } from '@shared/cases/case-transition';
import { CASE_LIMITS, type CaseDoc } from '@shared/db/schemas/case.schema';
import type { InteractionDoc } from '@shared/db/schemas/interaction.schema';
import { cleanTextInput } from '@shared/registry/text-normalize';
import { err, ok, type Result } from '@shared/result';
import { readCaseContext } from './case-context';
import { changedFields, readCase, withCase, writeCase } from './case-write';
import type { CasesDeps } from './deps';
import { casesError, type CasesError } from './move-case';

export type ContactAttempt = { channel: string; subChannel: string; reached: boolean; summary: string };

async function channelKnown(deps: CasesDeps, channel: string, subChannel: string): Promise<boolean> {
  const docs = (await deps.db.catalog.find({ selector: { kind: 'channel' } }).exec()).map((doc) => doc.toMutableJSON()).filter((doc) => doc.active);
  const channels: Channel[] = docs.map((doc) => ({ key: doc.key, labelAr: doc.labelAr, labelEn: doc.labelEn, subChannels: Array.isArray(doc.data?.subChannels) ? (doc.data.subChannels as Channel['subChannels']) : [] }));
  return findSubChannel(channel, subChannel, channels) !== null;
}

function interactionFor(deps: CasesDeps, doc: CaseDoc, attempt: ContactAttempt, summary: string, at: string): InteractionDoc {
  return {
    id: crypto.randomUUID(),
    beneficiaryId: doc.beneficiaryId,
    requestId: '',
    channel: attempt.channel,
    subChannel: attempt.subChannel,
    direction: 'outbound',
    subject: doc.caseNumber,
    summary,
    staffId: deps.actor.id,
    at,
    updatedAt: at,
    updatedBy: deps.actor.id,
    deskId: deps.desk.deskId,
  };
}

/** Records one attempt to tell the outcome; moves a resolved case to 'informed' when the loop allows. */
export function informComplainant(deps: CasesDeps, id: string, attempt: ContactAttempt): Promise<Result<CaseDoc, CasesError>> {
  return withCase(id, async () => {
    const doc = await readCase(deps, id);
    if (!doc) return err(casesError('cases.not-found'));
    const summary = cleanTextInput(attempt.summary, { multiline: true });
    if (summary.length > CASE_LIMITS.summary) return err(casesError('cases.summary-too-long'));
    if (!(await channelKnown(deps, attempt.channel, attempt.subChannel))) return err(casesError('cases.channel'));
    const at = deps.now().toISOString();
    const interaction = doc.beneficiaryId !== '' ? interactionFor(deps, doc, attempt, summary, at) : null;
    const actor = { id: deps.actor.id, roles: deps.actor.roles };
    const recorded = recordContact(doc, { ...attempt, interactionId: interaction?.id ?? '' }, actor, at);
    if (!recorded.ok) return err(casesError(recorded.error.code));
    let next: CaseDoc = { ...recorded.value, interactionIds: interaction ? [...doc.interactionIds, interaction.id] : doc.interactionIds };
    if (next.status === 'resolved') {
      // Not yet told (a failed attempt below the limit) is no refusal: the attempt is still recorded.
      const moved = transition(next, { to: 'informed' }, actor, at, await readCaseContext(deps.db));
      if (moved.ok) next = moved.value.doc;
      else if (moved.error.code !== 'case.outcome-not-told') return err(casesError(moved.error.code));
    }
    if (interaction) {
      await deps.db.interactions.insert(interaction);
      await appendAudit(deps.db, { actorId: deps.actor.id, action: 'interaction.create', entity: 'interactions', entityId: interaction.id, fields: ['beneficiaryId', 'channel', 'subChannel', 'direction', 'subject', 'summary', 'at'], deskId: deps.desk.deskId }, deps.now());
    }
    return ok(await writeCase(deps, next, { action: next.status === doc.status ? 'case.contact' : 'case.to-informed', fields: changedFields(doc, next) }));
  });
}
