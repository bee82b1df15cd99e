import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { warningKey, type WarningReason } from '@shared/registry/duplicates';
import type { BeneficiaryDoc } from '@shared/db/schemas/beneficiary.schema';
import type { FieldErrors } from '@shared/registry/beneficiary-input';
import { useSessionStore } from '@renderer/stores/session-store';
import { saveBeneficiary, type SaveDeps } from '../data/save-beneficiary';
import type { DuplicateWarningView } from '../components/duplicate-panel';
import { dropDraft, keepDraft, readDraft, draftKey } from './form-drafts';
import { toFormInput } from './form-input';
import { EMPTY_FORM, type FormPatch, type FormState } from './form-state';

export type SaveProblem = { kind: 'duplicate-id'; fileId: string; fileNumber: string } | { kind: 'failed'; message: string } | null;

/**
 * The form's state and its save: validation errors per field, the duplicate refusal, the
 * warnings to acknowledge one by one. Nothing is written unless the shared rules pass.
 */
export function useBeneficiaryForm(deps: SaveDeps, initial: FormState | null, editing: BeneficiaryDoc | null, onSaved: (doc: BeneficiaryDoc) => void) {
  const { t } = useTranslation();
  const editingId = editing?.id ?? null;
  const key = draftKey(editingId);
  const staffId = useSessionStore((s) => s.user?.staffId ?? '');
  const [restored] = useState(() => readDraft(key, staffId));
  const [form, setForm] = useState<FormState>(restored ?? initial ?? EMPTY_FORM);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [problem, setProblem] = useState<SaveProblem>(null);
  const [warnings, setWarnings] = useState<DuplicateWarningView[]>([]);
  // What this file already acknowledged stays acknowledged when it is edited.
  const [acknowledged, setAcknowledged] = useState<ReadonlySet<string>>(
    () => new Set((editing?.duplicateAcknowledgments ?? []).map((a) => warningKey({ fileId: a.fileId, reason: a.reason as WarningReason }))),
  );
  const [busy, setBusy] = useState(false);
  const [focusRequest, setFocusRequest] = useState<'invalid' | 'warnings' | null>(null);
  const dirty = useRef(false);
  const latest = useRef(form);
  useEffect(() => {
    latest.current = form;
  }, [form]);

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
    setForm((prev) => ({ ...prev, ...change }));
  };

  const reset = () => {
    dropDraft(key);
    dirty.current = false;
    setForm(initial ?? EMPTY_FORM);
    setErrors({});
    setProblem(null);
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
    if (busy) return;
    setBusy(true);
    setProblem(null);
    try {
      const result = await saveBeneficiary(deps, toFormInput(form, t('registry.consent.purpose')), {
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
      if (error.kind === 'invalid') {
        setErrors(error.errors);
        setWarnings([]);
        setFocusRequest('invalid');
      } else if (error.kind === 'duplicate-id') {
        setErrors({ nationalId: 'beneficiary.duplicate-id' });
        setWarnings([]);
        setProblem({ kind: 'duplicate-id', fileId: error.fileId, fileNumber: error.fileNumber });
        setFocusRequest('invalid');
      } else {
        setErrors({});
        setWarnings(error.warnings.map((w) => ({ ...w, key: warningKey({ fileId: w.fileId, reason: w.reason as WarningReason }) })));
        setFocusRequest('warnings');
      }
    } catch (failure) {
      setProblem({ kind: 'failed', message: failure instanceof Error ? failure.message : String(failure) });
    } finally {
      setBusy(false);
    }
  };

  return { form, patch, errors, problem, warnings, acknowledged, acknowledge, busy, submit, reset, restored: Boolean(restored), focusRequest, clearFocusRequest: () => setFocusRequest(null) };
}
