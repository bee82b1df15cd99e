/**
 * Finds the files a new or edited file may duplicate, through the desk-local index (blind
 * hashes of the ID and mobiles, name key + birth date), then lets the shared rule decide
 * on the stored documents themselves (decrypted by RxDB), so a stale index entry can never
 * refuse a save on its own.
 */
import type { BeneficiaryDoc } from '@shared/db/schemas/beneficiary.schema';
import type { NormalizedBeneficiary } from '@shared/registry/beneficiary-input';
import { decideDuplicates, type DuplicateDecision, type ExistingFile } from '@shared/registry/duplicates';
import { nameKeyOfParts } from '@shared/registry/name-parts';
import { validateNationalId } from '@shared/registry/national-id';
import type { SaveDeps } from './deps';

export interface FoundDuplicates {
  decision: DuplicateDecision;
  files: ReadonlyMap<string, BeneficiaryDoc>;
}

export async function findDuplicates(
  deps: Pick<SaveDeps, 'db' | 'index'>,
  value: NormalizedBeneficiary,
  editingId: string | null,
): Promise<FoundDuplicates> {
  const { index } = deps;
  const lists = await Promise.all([
    index.findByNationalId(value.nationalId),
    index.findByNameAndBirth(value.nameKey, value.birthDate),
    ...value.mobiles.map((mobile) => index.findByMobile(mobile)),
  ]);
  const ids = [...new Set(lists.flat().map((hit) => hit.id))].filter((id) => id !== editingId);
  const files = new Map<string, BeneficiaryDoc>();
  if (ids.length > 0) {
    const found = await deps.db.beneficiaries.findByIds(ids).exec();
    for (const [id, doc] of found) files.set(id, doc.toMutableJSON());
  }
  const existing: ExistingFile[] = ids.flatMap((id) => {
    const doc = files.get(id);
    // A merged file is not a duplicate: its survivor is (a stale index entry must not block).
    return doc && !doc.mergedInto
      ? [{ fileId: id, nationalId: doc.nationalId, nameKey: nameKeyOfParts(doc.name), birthDate: doc.birthDate, mobiles: doc.mobiles }]
      : [];
  });
  const decision = decideDuplicates(
    { nationalId: value.nationalId, nameKey: value.nameKey, birthDate: value.birthDate, mobiles: value.mobiles },
    existing,
    editingId,
  );
  return { decision, files };
}

export interface IdHolder {
  fileId: string;
  fileNumber: string;
}

/**
 * The file that already carries this national ID (typed in any digits), or null: asked when the
 * field is left, so the receptionist learns it before filling in the rest. The blind index
 * answers at once; the stored file confirms it, as at save (one person, one file).
 */
export async function findNationalIdHolder(deps: Pick<SaveDeps, 'db' | 'index'>, typed: string, editingId: string | null): Promise<IdHolder | null> {
  const id = validateNationalId(typed);
  if (!id.ok) return null;
  const hits = (await deps.index.findByNationalId(id.value.value)).filter((hit) => hit.id !== editingId);
  if (hits.length === 0) return null;
  const found = await deps.db.beneficiaries.findByIds(hits.map((hit) => hit.id)).exec();
  for (const hit of hits) {
    const doc = found.get(hit.id);
    if (doc && !doc.mergedInto && doc.nationalId === id.value.value) return { fileId: hit.id, fileNumber: doc.fileNumber };
  }
  return null;
}
