/**
 * The duplicate decision made at the counter before a file is saved, offline.
 *
 * - The same national ID/Iqama is blocking: one person, one file (policy 3.3 accuracy).
 *   The form refuses to save and links to the existing file.
 * - The same name key with the same birth date, or a shared mobile, is only a warning:
 *   namesakes born the same day exist, and family members share a phone. The
 *   receptionist must acknowledge each warning, and the acknowledgment is audited.
 *
 * The caller finds the candidates (blind-index and name-key lookups) and passes them in
 * decrypted; this function only decides. Duplicates across desks are the sync's job.
 */

/** What the rule compares, already normalized by the field validators. */
export interface DuplicateCandidate {
  /** 10 ASCII digits (validateNationalId), or '' when not yet known. */
  readonly nationalId: string;
  /** arabicNameKey of the full name. */
  readonly nameKey: string;
  /** ISO Gregorian date `yyyy-mm-dd`, or '' when unknown. */
  readonly birthDate: string;
  /** Normalized `+9665XXXXXXXX` numbers. */
  readonly mobiles: readonly string[];
}

/** A file already in the registry. */
export interface ExistingFile extends DuplicateCandidate {
  readonly fileId: string;
}

export type BlockingReason = 'same-national-id';
export type WarningReason = 'same-name-and-birth-date' | 'same-mobile';

export interface DuplicateBlock {
  readonly fileId: string;
  readonly reason: BlockingReason;
}

export interface DuplicateWarning {
  readonly fileId: string;
  readonly reason: WarningReason;
  /** For 'same-mobile': the shared numbers, so the form can say which one. */
  readonly mobiles?: readonly string[];
}

export interface DuplicateDecision {
  /** Non-empty: the file cannot be saved. */
  readonly blocking: readonly DuplicateBlock[];
  /** Each must be acknowledged before saving. */
  readonly warnings: readonly DuplicateWarning[];
}

/**
 * Decides which existing files block or warn about saving `candidate`.
 *
 * @param editingFileId the id of the file being edited (it is never its own duplicate),
 *   or null for a new file.
 *
 * Decisions: a file that blocks is not also listed as a warning (saving is refused
 * anyway); a file that matches on both name+birth date and mobile gives two warnings,
 * since each is acknowledged for its own reason. Results keep the order of `existing`,
 * and a file listed twice in `existing` counts once. Empty fields never match.
 */
export function decideDuplicates(
  candidate: DuplicateCandidate,
  existing: readonly ExistingFile[],
  editingFileId: string | null = null,
): DuplicateDecision {
  const blocking: DuplicateBlock[] = [];
  const warnings: DuplicateWarning[] = [];
  const seen = new Set<string>();
  const candidateMobiles = new Set(candidate.mobiles.filter((mobile) => mobile !== ''));

  for (const file of existing) {
    if (file.fileId === editingFileId || seen.has(file.fileId)) continue;
    seen.add(file.fileId);

    if (candidate.nationalId !== '' && file.nationalId === candidate.nationalId) {
      blocking.push({ fileId: file.fileId, reason: 'same-national-id' });
      continue;
    }
    if (sameNameAndBirthDate(candidate, file)) {
      warnings.push({ fileId: file.fileId, reason: 'same-name-and-birth-date' });
    }
    const shared = [...new Set(file.mobiles)].filter((mobile) => candidateMobiles.has(mobile));
    if (shared.length > 0) warnings.push({ fileId: file.fileId, reason: 'same-mobile', mobiles: shared });
  }
  return { blocking, warnings };
}

function sameNameAndBirthDate(a: DuplicateCandidate, b: DuplicateCandidate): boolean {
  return a.nameKey !== '' && a.birthDate !== '' && a.nameKey === b.nameKey && a.birthDate === b.birthDate;
}

/**
 * A stable identity for one warning, to record what the receptionist acknowledged and
 * to tell whether a re-run of the check raised anything new.
 */
export function warningKey(warning: Pick<DuplicateWarning, 'fileId'> & { readonly reason: string }): string {
  return `${warning.reason}:${warning.fileId}`;
}

/** Warnings of `decision` not yet in `acknowledged` (a set of {@link warningKey}s). */
export function unacknowledgedWarnings(
  decision: DuplicateDecision,
  acknowledged: ReadonlySet<string>,
): DuplicateWarning[] {
  return decision.warnings.filter((warning) => !acknowledged.has(warningKey(warning)));
}

/** One recorded acknowledgment, as kept on a file (see the beneficiary schema). */
export interface RecordedAcknowledgment {
  readonly fileId: string;
  /** A warning reason; stored documents keep it as a plain string. */
  readonly reason: string;
}

/**
 * The warning keys already settled for `fileId`: what the receptionist ticked now, what this
 * file recorded before, and what each warned file recorded about this one. An acknowledgment
 * is about a pair of files, so "these two are different people" said while saving either of
 * them settles the warning for both; asking again on every edit would train staff to tick
 * boxes without reading them.
 */
export function settledWarningKeys(
  fileId: string | null,
  ticked: readonly string[],
  ownAcknowledgments: readonly RecordedAcknowledgment[],
  warnedFiles: ReadonlyMap<string, { duplicateAcknowledgments: readonly RecordedAcknowledgment[] }>,
): Set<string> {
  const settled = new Set(ticked);
  for (const ack of ownAcknowledgments) settled.add(warningKey({ fileId: ack.fileId, reason: ack.reason }));
  if (fileId === null) return settled;
  for (const [otherId, other] of warnedFiles) {
    for (const ack of other.duplicateAcknowledgments) {
      if (ack.fileId === fileId) settled.add(warningKey({ fileId: otherId, reason: ack.reason }));
    }
  }
  return settled;
}
