/**
 * Autosave of a draft: drafts are saved as the receptionist types, so nothing typed is lost before the request is complete (policy 3.3c). updateDraft may be
 * called on every keystroke: a call only queues its patch; patches that arrive while a write is in
 * flight are applied together, in call order, in the next single write. Writes of one request never
 * overlap (request-write.ts), so the last keystroke always wins. Saving what is already stored
 * writes nothing. Audit: one entry per request and actor per window of editing (not per keystroke,
 * which would bury the log), listing the fields changed in it.
 */
import type { ChecklistEntry, RequestDoc } from '@shared/db/schemas/request.schema';
import { REQUEST_LIMITS } from '@shared/db/schemas/request.schema';
import { stripInvisible } from '@shared/registry/text-normalize';
import { err, ok, type Result } from '@shared/result';
import { canTakeIntake, intakeError, type IntakeDeps, type IntakeError } from './deps';
import { readRequest, withRequest, writeRequest } from './request-write';

export type ChecklistPatch = { provided?: boolean; value?: string; note?: string };
/** What a draft edit may change: checklist lines (by requirement id) and the notes. */
export type DraftPatch = { checklist?: Readonly<Record<string, ChecklistPatch>>; notes?: string };

/** Draft edits by one actor on one request within this window share one audit entry. */
export const DRAFT_AUDIT_WINDOW_MS = 5 * 60 * 1000;

type Waiting = { patch: DraftPatch; resolve: (result: Result<RequestDoc, IntakeError>) => void; reject: (error: unknown) => void };
const batches = new Map<string, Waiting[]>();
const audited = new Map<string, { atMs: number; fields: Set<string> }>();

// Invisible and bidi-control characters go (they can reorder what a reader sees); spaces stay as
// typed, because trimming on every keystroke would eat the space the receptionist just typed.
const clean = (text: string): string => stripInvisible(text).normalize('NFC');

function shapeError(patch: DraftPatch): IntakeError | null {
  if (patch.notes !== undefined && clean(patch.notes).length > REQUEST_LIMITS.notes) return intakeError('intake.notes-too-long');
  for (const [requirementId, line] of Object.entries(patch.checklist ?? {})) {
    if (line.value !== undefined && clean(line.value).length > REQUEST_LIMITS.value) return intakeError('intake.value-too-long', { requirementId });
    if (line.note !== undefined && clean(line.note).length > REQUEST_LIMITS.note) return intakeError('intake.note-too-long', { requirementId });
  }
  return null;
}

/** Applies one patch to `doc` (mutating it) and returns the names of the fields it changed, or an error. */
function applyPatch(doc: RequestDoc, patch: DraftPatch): string[] | IntakeError {
  const problem = shapeError(patch);
  if (problem) return problem;
  const requirements = new Map(doc.requestType.requirements.map((r) => [r.id, r]));
  for (const requirementId of Object.keys(patch.checklist ?? {})) {
    if (!requirements.has(requirementId)) return intakeError('intake.unknown-requirement', { requirementId });
  }
  const changed: string[] = [];
  for (const [requirementId, line] of Object.entries(patch.checklist ?? {})) {
    const before: ChecklistEntry = doc.checklist[requirementId] ?? { provided: false, files: [] };
    const after: ChecklistEntry = { ...before, files: [...before.files] };
    if (line.value !== undefined) after.value = clean(line.value);
    if (line.note !== undefined) after.note = clean(line.note);
    if (line.provided !== undefined) after.provided = line.provided;
    // A field requirement is provided once it holds a value, unless the patch says otherwise.
    else if (line.value !== undefined && requirements.get(requirementId)?.kind === 'field') after.provided = (after.value ?? '').trim() !== '';
    if (JSON.stringify(before) !== JSON.stringify(after) || !(requirementId in doc.checklist)) {
      doc.checklist[requirementId] = after;
      changed.push(`checklist.${requirementId}`);
    }
  }
  if (patch.notes !== undefined && clean(patch.notes) !== doc.notes) {
    doc.notes = clean(patch.notes);
    changed.push('notes');
  }
  return changed;
}

function auditFor(deps: IntakeDeps, id: string, fields: string[]): { action: string; fields: string[] } | null {
  if (fields.length === 0) return null;
  const key = `${deps.actor.id}:${id}`;
  const nowMs = deps.now().getTime();
  const last = audited.get(key);
  const fresh = !last || nowMs - last.atMs > DRAFT_AUDIT_WINDOW_MS || fields.some((f) => !last.fields.has(f));
  if (!fresh) return null;
  const merged = last && nowMs - last.atMs <= DRAFT_AUDIT_WINDOW_MS ? new Set([...last.fields, ...fields]) : new Set(fields);
  audited.set(key, { atMs: nowMs, fields: merged });
  return { action: 'request.update-draft', fields: [...new Set(fields)].sort() };
}

async function flush(deps: IntakeDeps, id: string, waiting: Waiting[]): Promise<void> {
  const stored = await readRequest(deps, id);
  if (!stored) return waiting.forEach((w) => w.resolve(err(intakeError('intake.not-found'))));
  if (stored.status !== 'draft') return waiting.forEach((w) => w.resolve(err(intakeError('intake.not-draft'))));
  const doc = structuredClone(stored);
  const outcomes = waiting.map((w) => applyPatch(doc, w.patch));
  const fields = outcomes.flatMap((o) => (Array.isArray(o) ? o : []));
  const written = fields.length > 0 ? await writeRequest(deps, doc, auditFor(deps, id, fields)) : stored;
  waiting.forEach((w, i) => {
    const outcome = outcomes[i];
    w.resolve(Array.isArray(outcome) ? ok(written) : err(outcome ?? intakeError('intake.not-found')));
  });
}

/**
 * Saves a draft edit. Resolves once the patch is stored, with the request as written (or a refusal:
 * 'intake.not-draft' once the request left draft, 'intake.unknown-requirement', '*-too-long';
 * a refused patch changes nothing, other patches of the same batch still apply).
 */
export function updateDraft(deps: IntakeDeps, id: string, patch: DraftPatch): Promise<Result<RequestDoc, IntakeError>> {
  if (!canTakeIntake(deps.actor)) return Promise.resolve(err(intakeError('intake.role')));
  return new Promise((resolve, reject) => {
    const queued = batches.get(id);
    if (queued) {
      queued.push({ patch, resolve, reject });
      return;
    }
    const batch: Waiting[] = [{ patch, resolve, reject }];
    batches.set(id, batch);
    withRequest(id, async () => {
      // From here on, new calls start the next batch: this one is being written.
      batches.delete(id);
      await flush(deps, id, batch);
    }).catch((error: unknown) => batch.forEach((w) => w.reject(error)));
  });
}
