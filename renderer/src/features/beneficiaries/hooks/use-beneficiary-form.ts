import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { riyadhDateOf } from '@shared/calendar/iso-date';
import { validateBeneficiaryInput } from '@shared/registry/beneficiary-input';
import type { BeneficiaryDoc } from '@shared/db/schemas/beneficiary.schema';
import { useAction } from '@renderer/components/use-action';
import { errorMap, useCheckedForm } from '@renderer/components/use-checked-form';
import { useSessionStore } from '@renderer/stores/session-store';
import { saveBeneficiary, type SaveDeps } from '../data/save-beneficiary';
import { dropDraft, keepDraft, readDraft, draftKey } from '../form-drafts';
import { toFormInput } from '../form-input';
import { EMPTY_FORM, type FormPatch, type FormState } from '../form-state';
import { useDuplicateWarnings } from './use-duplicate-warnings';
import { DUPLICATE_ID, useFieldErrors } from './use-field-errors';

/** A save that threw: the translation key of why (shared/errors.ts), never the exception's text. */
export type SaveProblem = { kind: 'failed'; error: string } | null;

const changedKeys = (values: FormState, previous: FormState) => (Object.keys(values) as (keyof FormState)[]).filter((key) => values[key] !== previous[key]);

/**
 * The form (on @mantine/form, checked by the shared validator) and its save: validation errors per
 * field (checked again as a field changes), the national ID checked against the desk's files when
 * it is left, the warnings to acknowledge one by one. Nothing is written unless the shared rules pass.
 */
/** What the screen learns of a save besides the file: only this desk's files could be checked for duplicates. */
export type SavedCheck = { deskOnly: boolean };

export function useBeneficiaryForm(deps: SaveDeps, initial: FormState | null, editing: BeneficiaryDoc | null, onSaved: (doc: BeneficiaryDoc, check: SavedCheck) => void, noticeVersion: number | null = null) {
  const { t } = useTranslation();
  const editingId = editing?.id ?? null;
  const key = draftKey(editingId);
  const staffId = useSessionStore((s) => s.user?.staffId ?? '');
  const [restored] = useState(() => readDraft(key, staffId));
  const start = initial ?? EMPTY_FORM;
  const duplicates = useDuplicateWarnings(editing);
  const dirty = useRef(false);
  // What the form holds now, for the draft kept when the screen goes away.
  const latest = useRef<FormState>(restored ?? start);
  const purpose = t('registry.consent.purpose');
  const fieldErrors = useFieldErrors(deps, editingId, purpose);
  // A new file records the notice version shown (0 before any is published) and the method chosen.
  const shownVersion = editing ? undefined : (noticeVersion ?? 0);
  // Categories are checked by form only here: the save checks them against the catalog.
  const validator = (values: FormState) => validateBeneficiaryInput(toFormInput(values, purpose, shownVersion), { todayIso: riyadhDateOf(deps.now().getTime()) });
  const checked = useCheckedForm({
    initialValues: restored ?? start,
    validator,
    enter: 'next',
    clearErrorOnChange: false,
    onValuesChange: (values, previous) => {
      dirty.current = true;
      latest.current = values;
      fieldErrors.recheck(checked.form, values, changedKeys(values, previous));
    },
  });
  const { form, showErrors } = checked;

  // Keep an unsaved form when the screen goes away (a duplicate link, the idle lock) but not at sign-out.
  useEffect(
    () => () => {
      const user = useSessionStore.getState().user;
      if (dirty.current && user) keepDraft(key, user.staffId, latest.current);
    },
    [key],
  );

  const save = useAction(async () => {
    const result = await saveBeneficiary(deps, toFormInput(form.getValues(), purpose, shownVersion), {
      ...(editingId ? { editingId } : {}),
      acknowledged: [...duplicates.acknowledged],
    });
    if (result.ok) {
      dropDraft(key);
      dirty.current = false;
      onSaved(result.value, { deskOnly: result.deskOnly ?? false });
      return;
    }
    const error = result.error;
    fieldErrors.setHolder(error.kind === 'duplicate-id' ? { fileId: error.fileId, fileNumber: error.fileNumber, ...(error.elsewhere ? { elsewhere: error.elsewhere } : {}) } : null);
    if (error.kind === 'invalid' || error.kind === 'duplicate-id') {
      duplicates.clear();
      showErrors(error.kind === 'invalid' ? errorMap(error.errors) : { nationalId: DUPLICATE_ID });
    } else {
      form.clearErrors();
      duplicates.show(error.warnings);
    }
  });
  const clear = (to: FormState) => {
    form.setValues(to);
    form.clearErrors();
    dropDraft(key);
    dirty.current = false;
    save.reset();
    fieldErrors.setHolder(null);
    duplicates.clear();
  };

  const patch: FormPatch = (change) => form.setValues(change);
  const problem: SaveProblem = save.error ? { kind: 'failed', error: save.error } : null;

  return {
    form: form.values, patch, inputProps: form.getInputProps, errors: errorMap(form.errors), problem, holder: fieldErrors.holder, deskOnly: fieldErrors.deskOnly, duplicates, busy: save.busy,
    /** The <form>'s props: the shared rules first, then the save (never two at once). */
    formProps: checked.formProps(() => !save.busy && save.run()),
    checkNationalId: () => void fieldErrors.checkNationalId(form),
    /** Something typed that is not saved (a restored draft counts): leaving loses it. */
    typed: JSON.stringify(form.values) !== JSON.stringify(start),
    /** Back to the start (start over, cancel): the draft is dropped, nothing is kept when the screen goes away. */
    reset: () => clear(start),
    restored: Boolean(restored),
  };
}
