import { useState, type RefObject } from 'react';
import { riyadhDateOf } from '@shared/calendar/iso-date';
import type { FieldErrors } from '@shared/registry/beneficiary-input';
import { validateNationalId } from '@shared/registry/national-id';
import { findNationalIdHolder, type IdHolder } from '../data/duplicate-check';
import type { SaveDeps } from '../data/save-beneficiary';
import { recheckErrors } from '../form-recheck';
import type { FormState } from '../form-state';

export const DUPLICATE_ID = 'beneficiary.duplicate-id';

/**
 * The form's errors per field and the file that already holds the typed ID. Errors follow the
 * form (form-recheck.ts); the ID is checked when its field is left: the desk's blind index
 * answers at once, so the receptionist learns of the other file before typing the rest.
 */
export function useFieldErrors(deps: SaveDeps, latest: RefObject<FormState>, editingId: string | null, purpose: string) {
  const [errors, setErrors] = useState<FieldErrors>({});
  // The file that already holds the typed ID: its link is shown beside the field.
  const [holder, setHolder] = useState<IdHolder | null>(null);

  /** `change` was just applied to the form (latest.current). */
  const recheck = (change: Partial<FormState>) => {
    const today = riyadhDateOf(deps.now().getTime());
    const next = latest.current;
    setErrors((prev) => recheckErrors(prev, next, Object.keys(change) as (keyof FormState)[], today, purpose));
    if ('nationalId' in change) setHolder(null);
  };

  /** On leaving the ID field: a mistyped number, or the file that already has it. */
  const checkNationalId = async () => {
    const typed = latest.current.nationalId;
    if (typed.trim() === '') return;
    const id = validateNationalId(typed);
    const found = id.ok ? await findNationalIdHolder(deps, typed, editingId).catch(() => null) : null;
    if (latest.current.nationalId !== typed) return;
    setHolder(found);
    setErrors((prev) => {
      const next = { ...prev };
      if (!id.ok) next['nationalId'] = id.error;
      else if (found) next['nationalId'] = DUPLICATE_ID;
      else delete next['nationalId'];
      return next;
    });
  };

  return { errors, setErrors, holder, setHolder, recheck, checkNationalId: () => void checkNationalId() };
}
