import type { FormState } from './form-state';

/**
 * Unsaved forms, kept in memory while the receptionist looks at another file (the duplicate
 * links open it in place) so coming back does not mean typing everything again. Memory only:
 * nothing personal is written anywhere until the file is saved, and a reload forgets them.
 */
const drafts = new Map<string, { staffId: string; form: FormState }>();

export const draftKey = (editingId: string | null): string => editingId ?? 'new';

/** Only the staff member who typed a draft gets it back. */
export function readDraft(key: string, staffId: string): FormState | undefined {
  const draft = drafts.get(key);
  return draft && draft.staffId === staffId ? draft.form : undefined;
}

export function keepDraft(key: string, staffId: string, form: FormState): void {
  drafts.set(key, { staffId, form });
}

export function dropDraft(key: string): void {
  drafts.delete(key);
}
