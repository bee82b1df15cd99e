/**
 * Moving a case through the shared status machine (shared/cases/case-transition.ts): assignment,
 * starting work, waiting for the complainant (the clock pauses) and their answer (it resumes),
 * resolution, escalation to management, closing. The machine checks everything (role, conflict of
 * interest, the edge's conditions) before anything is written; a refusal returns its code and writes
 * nothing. The history entry (who, when, why) is part of the same document update.
 */
import { CASE_LIMITS, type CaseDoc, type CaseHistoryEntry } from '@shared/db/schemas/case.schema';
import { transition, type CaseErrorCode, type CaseMove } from '@shared/cases/case-transition';
import { err, ok, type FieldErrors, type Result } from '@shared/result';
import type { CaseField, CaseInputError } from '@shared/cases/case-input';
import { readCaseContext } from './case-context';
import { changedFields, readCase, withCase, writeCase } from './case-write';
import type { CasesDeps, CasesDeskErrorCode } from './deps';

export type CasesErrorCode = CaseErrorCode | CaseInputError | CasesDeskErrorCode;
/** A refusal: its code (translated), and for a new case each field's own problem. */
export type CasesError = { code: CasesErrorCode; fields?: FieldErrors<CaseField, CaseInputError> };
export const casesError = (code: CasesErrorCode): CasesError => ({ code });

export type MoveResult = { doc: CaseDoc; entry: CaseHistoryEntry };

/** Over-long free text is refused here (the schema would throw mid-write). */
function textProblem(move: CaseMove): CasesDeskErrorCode | null {
  if ((move.reason?.length ?? 0) > CASE_LIMITS.reason || (move.note?.length ?? 0) > CASE_LIMITS.reason) return 'cases.reason-too-long';
  const r = move.resolution;
  if (r && ((r.agreement?.length ?? 0) > CASE_LIMITS.agreement || (r.summary?.length ?? 0) > CASE_LIMITS.summary)) return 'cases.summary-too-long';
  return null;
}

/** The move on a case already read under its lock (create and respond chain moves through this). */
export async function moveLoaded(deps: CasesDeps, doc: CaseDoc, move: CaseMove): Promise<Result<MoveResult, CasesError>> {
  const problem = textProblem(move);
  if (problem) return err(casesError(problem));
  const context = await readCaseContext(deps.db);
  const moved = transition(doc, move, { id: deps.actor.id, roles: deps.actor.roles }, deps.now().toISOString(), context);
  if (!moved.ok) return err(casesError(moved.error.code));
  const next: CaseDoc = { ...moved.value.doc };
  const written = await writeCase(deps, next, { action: `case.to-${move.to}`, fields: changedFields(doc, next) });
  return ok({ doc: written, entry: moved.value.entry });
}

/** Moves the case `id` as asked, or says why not (nothing written). */
export function moveCase(deps: CasesDeps, id: string, move: CaseMove): Promise<Result<MoveResult, CasesError>> {
  return withCase(id, async () => {
    const doc = await readCase(deps, id);
    if (!doc) return err(casesError('cases.not-found'));
    return moveLoaded(deps, doc, move);
  });
}
