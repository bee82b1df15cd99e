/**
 * What the request screens can do, as plain async functions returning a refusal (translated by the UI) or
 * null, built over the intake data functions. Exceptions (a storage failure) become a refusal too, so a
 * screen always shows something instead of failing silently.
 */
import { errorKey } from '@shared/errors';
import type { Result } from '@shared/result';
import {
  applyTransition,
  attachToRequirement,
  detachFromRequirement,
  updateDraft,
  type ChecklistPatch,
  type IntakeDeps,
  type IntakeError,
  type NoticeSent,
  type TransitionRequest,
} from './index';
import type { Refusal } from '../components/refusal-alert';
import { failedRefusal } from '../hooks/use-refusable';

export type { NoticeSent, TransitionRequest };

export interface RequestActions {
  /** Autosave of one checklist line (value of a 'field' requirement, or a manual provided mark). */
  saveLine(requirementId: string, patch: ChecklistPatch): Promise<Refusal | null>;
  saveNotes(notes: string): Promise<Refusal | null>;
  attach(requirementId: string, file: File): Promise<Refusal | null>;
  /** Takes an attached file off a line while the request is a draft (a wrong scan, a duplicate page). */
  detach(requirementId: string, sha256: string): Promise<Refusal | null>;
  transition(input: TransitionRequest): Promise<Refusal | null>;
}

async function refusalOf(run: () => Promise<Result<unknown, IntakeError>>): Promise<Refusal | null> {
  try {
    const result = await run();
    return result.ok ? null : { code: result.error.code, ...(result.error.missing ? { missing: result.error.missing } : {}) };
  } catch (error) {
    return failedRefusal(errorKey(error));
  }
}

export function requestActions(deps: IntakeDeps, id: string): RequestActions {
  return {
    saveLine: (requirementId, patch) => refusalOf(() => updateDraft(deps, id, { checklist: { [requirementId]: patch } })),
    saveNotes: (notes) => refusalOf(() => updateDraft(deps, id, { notes })),
    attach: (requirementId, file) => refusalOf(() => attachToRequirement(deps, id, requirementId, file)),
    detach: (requirementId, sha256) => refusalOf(() => detachFromRequirement(deps, id, requirementId, sha256)),
    transition: (input) => refusalOf(() => applyTransition(deps, id, input)),
  };
}
