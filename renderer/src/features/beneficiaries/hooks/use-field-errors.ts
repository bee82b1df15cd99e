import { useState } from 'react';
import type { UseFormReturnType } from '@mantine/form';
import { riyadhDateOf } from '@shared/calendar/iso-date';
import type { FieldErrors } from '@shared/registry/beneficiary-input';
import { validateNationalId } from '@shared/registry/national-id';
import { errorMap } from '@renderer/components/use-checked-form';
import { checkNationalIdHolder, type IdHolder } from '../data/duplicate-check';
import type { SaveDeps } from '../data/save-beneficiary';
import { recheckErrors } from '../form-recheck';
import type { FormState } from '../form-state';

export const DUPLICATE_ID = 'beneficiary.duplicate-id';

/**
 * The file that already holds the typed ID, and the form's errors kept honest: errors follow the
 * form (form-recheck.ts); the ID is checked when its field is left: the desk's blind index answers
 * at once, so the receptionist learns of the other file before typing the rest; online, the server
 * answers for other desks' files (policy 3.6b), and when it cannot, the form says only this desk was checked.
 */
export function useFieldErrors(deps: SaveDeps, editingId: string | null, purpose: string) {
  // The file that already holds the typed ID: its link is shown beside the field.
  const [holder, setHolder] = useState<IdHolder | null>(null);
  // The server could not be asked for this ID: the note under the field says so.
  const [deskOnly, setDeskOnly] = useState(false);

  /** `changed` fields just took their new values in `values`. */
  const recheck = (form: UseFormReturnType<FormState, unknown>, values: FormState, changed: readonly (keyof FormState)[]) => {
    const today = riyadhDateOf(deps.now().getTime());
    form.setErrors((prev) => recheckErrors(errorMap(prev) as FieldErrors, values, changed, today, purpose));
    if (changed.includes('nationalId')) {
      setHolder(null);
      setDeskOnly(false);
    }
  };

  /** On leaving the ID field: a mistyped number, or the file that already has it. */
  const checkNationalId = async (form: UseFormReturnType<FormState, unknown>) => {
    const typed = form.getValues().nationalId;
    if (typed.trim() === '') return;
    const id = validateNationalId(typed);
    const checked = id.ok ? await checkNationalIdHolder(deps, typed, editingId).catch(() => null) : null;
    if (form.getValues().nationalId !== typed) return;
    const found = checked?.holder ?? null;
    setHolder(found);
    setDeskOnly(checked?.deskOnly ?? false);
    form.setErrors((prev) => {
      const next = { ...prev };
      if (!id.ok) next['nationalId'] = id.error;
      else if (found) next['nationalId'] = DUPLICATE_ID;
      else delete next['nationalId'];
      return next;
    });
  };

  return { holder, setHolder, deskOnly, recheck, checkNationalId };
}
