import { useState } from 'react';
import { warningKey, type WarningReason } from '@shared/registry/duplicates';
import type { BeneficiaryDoc } from '@shared/db/schemas/beneficiary.schema';
import type { DuplicateWarningInfo } from '../data/save-beneficiary';
import type { DuplicateWarningView } from '../components/duplicate-panel';

const keyOf = (w: { fileId: string; reason: string }) => warningKey({ fileId: w.fileId, reason: w.reason as WarningReason });

/**
 * The possible duplicates a save found, each acknowledged one by one before the file is saved
 * anyway; what the file already acknowledged stays acknowledged when it is edited.
 */
export function useDuplicateWarnings(editing: BeneficiaryDoc | null) {
  const [warnings, setWarnings] = useState<DuplicateWarningView[]>([]);
  const [acknowledged, setAcknowledged] = useState<ReadonlySet<string>>(() => new Set((editing?.duplicateAcknowledgments ?? []).map(keyOf)));
  // Shown anew: the first one's box takes the focus.
  const [focus, setFocus] = useState(false);
  return {
    warnings,
    acknowledged,
    acknowledge: (warning: string, isChecked: boolean) =>
      setAcknowledged((prev) => {
        const next = new Set(prev);
        if (isChecked) next.add(warning);
        else next.delete(warning);
        return next;
      }),
    show: (found: readonly DuplicateWarningInfo[]) => {
      setWarnings(found.map((w) => ({ ...w, key: keyOf(w) })));
      setFocus(true);
    },
    clear: () => setWarnings([]),
    focus,
    focused: () => setFocus(false),
  };
}
