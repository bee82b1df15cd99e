import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { warningKey, type WarningReason } from '@shared/registry/duplicates';
import type { BeneficiaryDoc } from '@shared/db/schemas/beneficiary.schema';
import { useAction } from '@renderer/components/use-action';
import { useSessionStore } from '@renderer/stores/session-store';
import { saveBeneficiary, type SaveDeps } from '../data/save-beneficiary';
import type { DuplicateWarningView } from '../components/duplicate-panel';
import { dropDraft, keepDraft, readDraft, draftKey } from '../form-drafts';
import { toFormInput } from '../form-input';
import { EMPTY_FORM, type FormPatch, type FormState } from '../form-state';
import { DUPLICATE_ID, useFieldErrors } from './use-field-errors';

/** A save that threw: the translation key of why (shared/errors.ts), never the exception's text. */
export type SaveProblem = { kind: 'failed'; error: string } | null;

/**
 * The form's state and its save: validation errors per field (checked again as a field changes),
 * the national ID checked against the desk's files when it is left, the warnings to acknowledge
 * one by one. Nothing is written unless the shared rules pass.
 */
export function useBeneficiaryForm(deps: SaveDeps, initial: FormState | null, editing: BeneficiaryDoc | null, onSaved: (doc: BeneficiaryDoc) => void) {
  const { t } = useTranslation();
  const editingId = editing?.id ?? null;
  const key = draftKey(editingId);
  const staffId = useSessionStore((s) => s.user?.staffId ?? '');
  const [restored] = useState(() => readDraft(key, staffId));
  const start = initial ?? EMPTY_FORM;
  const [form, setForm] = useState<FormState>(restored ?? start);
  const [warnings, setWarnings] = useState<DuplicateWarningView[]>([]);
  // What this file already acknowledged stays acknowledged when it is edited.
  const [acknowledged, setAcknowledged] = useState<ReadonlySet<string>>(
    () => new Set((editing?.duplicateAcknowledgments ?? []).map((a) => warningKey({ fileId: a.fileId, reason: a.reason as WarningReason }))),
  );
  const [focusRequest, setFocusRequest] = useState<'invalid' | 'warnings' | null>(null);
  const dirty = useRef(false);
  const latest = useRef(form);
  const purpose = t('registry.consent.purpose');
  const { errors, setErrors, holder, setHolder, recheck, checkNationalId } = useFieldErrors(deps, latest, editingId, purpose);

  // Keep an unsaved form when the screen goes away (a duplicate link, the idle lock) but not at sign-out.
  useEffect(
    () => () => {
      const user = useSessionStore.getState().user;
      if (dirty.current && user) keepDraft(key, user.staffId, latest.current);
    },
    [key],
  );

  const patch: FormPatch = (change) => {
    dirty.current = true;
    const next = { ...latest.current, ...change };
    latest.current = next;
    setForm(next);
    recheck(change);
  };

  const save = useAction(async () => {
    const result = await saveBeneficiary(deps, toFormInput(form, purpose), {
      ...(editingId ? { editingId } : {}),
      acknowledged: [...acknowledged],
    });
    if (result.ok) {
      dropDraft(key);
      dirty.current = false;
      onSaved(result.value);
      return;
    }
    const error = result.error;
    setHolder(error.kind === 'duplicate-id' ? { fileId: error.fileId, fileNumber: error.fileNumber } : null);
    if (error.kind === 'invalid' || error.kind === 'duplicate-id') {
      setErrors(error.kind === 'invalid' ? error.errors : { nationalId: DUPLICATE_ID });
      setWarnings([]);
      setFocusRequest('invalid');
    } else {
      setErrors({});
      setWarnings(error.warnings.map((w) => ({ ...w, key: warningKey({ fileId: w.fileId, reason: w.reason as WarningReason }) })));
      setFocusRequest('warnings');
    }
  });
  const clear = (to: FormState) => {
    dropDraft(key);
    dirty.current = false;
    latest.current = to;
    setForm(to);
    setErrors({});
    save.reset();
    setHolder(null);
    setWarnings([]);
  };

  const acknowledge = (warning: string, checked: boolean) =>
    setAcknowledged((prev) => {
      const next = new Set(prev);
      if (checked) next.add(warning);
      else next.delete(warning);
      return next;
    });

  const submit = async () => {
    if (!save.busy) await save.run();
  };
  const problem: SaveProblem = save.error ? { kind: 'failed', error: save.error } : null;
  const busy = save.busy;

  return {
    form, patch, errors, problem, holder, warnings, acknowledged, acknowledge, busy, submit, checkNationalId,
    /** Something typed that is not saved (a restored draft counts): leaving loses it. */
    typed: JSON.stringify(form) !== JSON.stringify(start),
    /** Back to the start (start over, cancel): the draft is dropped, nothing is kept when the screen goes away. */
    reset: () => clear(start),
    restored: Boolean(restored),
    focusRequest,
    clearFocusRequest: () => setFocusRequest(null),
  };
}
