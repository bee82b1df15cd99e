/**
 * Moving a request through the status machine (shared/intake/transition.ts) with the desk's holiday
 * table. Everything is checked before anything is written: the machine's own rules, the unit of a
 * referral against the catalog, and for 'informed' the notice sent (logged as an interaction). A
 * refusal returns its code and writes nothing. Runs under the request's write lock, after any
 * autosave still pending, so completion judges the checklist as last typed.
 */
import { listUnits, readHolidays } from '@renderer/db/catalog-admin';
import type { RequestDoc } from '@shared/db/schemas/request.schema';
import type { HistoryEntry, RequestStatus } from '@shared/intake/request-status';
import { transition } from '@shared/intake/transition';
import { err, ok, type Result } from '@shared/result';
import { intakeError, type IntakeDeps, type IntakeError } from './deps';
import { signedDeclarationFor } from './declaration-signed';
import { insertInteraction, prepareInteraction } from './log-interaction';
import { readRequest, withRequest, writeRequest } from './request-write';

/** The notice given to the beneficiary (required to move to 'informed'): how, and what was said. */
export type NoticeSent = { channel: string; subChannel: string; subject: string; summary: string };

export type TransitionRequest = {
  to: RequestStatus;
  note?: string;
  /** Required for decisions and withdrawal. */
  reason?: string;
  /** Referral: the unit (defaults to the request's current unit, the type's competent one). */
  unitId?: string;
  /** Informing: the notice as sent; logged as an outbound interaction on the request. */
  notice?: NoticeSent;
};

export type TransitionResult = { request: RequestDoc; entry: HistoryEntry };

/** Fields a transition may change, for the audit entry. */
const STATE_FIELDS = ['status', 'unitId', 'completionDate', 'dueDate', 'decision', 'declarationSigned'] as const;

export function applyTransition(deps: IntakeDeps, id: string, input: TransitionRequest): Promise<Result<TransitionResult, IntakeError>> {
  return withRequest(id, async () => {
    const doc = await readRequest(deps, id);
    if (!doc) return err(intakeError('intake.not-found'));
    const at = deps.now().toISOString();
    const unitId = input.unitId?.trim();
    if (input.to === 'referred' && unitId) {
      const units = (await listUnits(deps.db)).map((unit) => unit.key);
      if (!units.includes(unitId)) return err(intakeError('intake.unit-unknown'));
    }
    const holidays = await readHolidays(deps.db);
    // Signing and referral need the signed declaration of this completion, as stored (declaration-signed.ts).
    const declaration = input.to === 'referred' || input.to === 'signed' ? await signedDeclarationFor(deps, doc) : undefined;
    const signed = declaration === undefined ? undefined : declaration !== null;
    const declarationNumber = declaration?.declarationNumber;
    const channel = input.notice ? `${input.notice.channel}/${input.notice.subChannel}` : undefined;
    const moved = transition(
      doc,
      { to: input.to, actor: { id: deps.actor.id, roles: deps.actor.roles, unitIds: deps.actor.unitIds }, at, note: input.note, reason: input.reason, unitId, channel, signed, declarationNumber },
      { holidays, requestType: doc.requestType, checklist: doc.checklist },
    );
    if (!moved.ok) return err(intakeError(moved.error.code, moved.error.missing ? { missing: moved.error.missing } : {}));

    // The notice is checked before the request moves, so a bad one refuses the whole step.
    const notice = input.to === 'informed' && input.notice
      ? await prepareInteraction(deps, { ...input.notice, beneficiaryId: doc.beneficiaryId, requestId: doc.id, direction: 'outbound' })
      : null;
    if (notice && !notice.ok) return notice;

    const next: RequestDoc = { ...moved.value.request, history: [...moved.value.request.history] };
    const fields = STATE_FIELDS.filter((name) => JSON.stringify(doc[name]) !== JSON.stringify(next[name]));
    const written = await writeRequest(deps, next, { action: `request.to-${input.to}`, fields: [...fields, 'history'] });
    if (notice?.ok) await insertInteraction(deps, notice.value);
    return ok({ request: written, entry: moved.value.entry });
  });
}
