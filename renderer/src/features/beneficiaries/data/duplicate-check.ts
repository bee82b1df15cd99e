/**
 * Finds the files a new or edited file may duplicate, through the desk-local index (blind
 * hashes of the ID and mobiles, name key + birth date), then lets the shared rule decide
 * on the stored documents themselves (decrypted by RxDB), so a stale index entry can never
 * refuse a save on its own. Online, the server's matches join them (server-duplicate-check.ts): a field
 * worker's desk holds no other desk's files (policy 3.6b), so only the server knows of them.
 */
import type { BeneficiaryDoc } from '@shared/db/schemas/beneficiary.schema';
import type { NormalizedBeneficiary } from '@shared/registry/beneficiary-input';
import { decideDuplicates, type DuplicateDecision, type ExistingFile } from '@shared/registry/duplicates';
import { parseHumanNumber } from '@shared/numbers/human-number';
import { nameKeyOfParts } from '@shared/registry/name-parts';
import { validateNationalId } from '@shared/registry/national-id';
import type { SaveDeps } from './deps';
import { lookupOnServer, type ServerMatch } from './server-duplicate-check';

/** A file a duplicate was found on: this desk's, or another desk's as the server showed it (its duplicate-check fields). */
export type FoundFile = Pick<BeneficiaryDoc, 'fileNumber' | 'fullName' | 'duplicateAcknowledgments'> & { elsewhereDesk?: DeskOfFile };

export interface FoundDuplicates {
  decision: DuplicateDecision;
  files: ReadonlyMap<string, FoundFile>;
  /** The server could not be asked (offline, timeout, 403, 429): only this desk's files were checked. */
  deskOnly: boolean;
}

/** The desk another desk's file was registered at: its code (it leads every file number), and its name when the server gave one. */
export type DeskOfFile = { deskCode: string; deskName?: string };

const deskOf = (match: ServerMatch): DeskOfFile => ({
  deskCode: parseHumanNumber('file', match.fileNumber)?.deskCode ?? '',
  ...(match.deskName ? { deskName: match.deskName } : {}),
});

/** The server's living matches that this desk does not hold already (a file held locally counts once). */
const newcomers = (matches: readonly ServerMatch[] | null, held: ReadonlySet<string>, editingId: string | null): ServerMatch[] =>
  (matches ?? []).filter((match) => match.id !== editingId && !held.has(match.id) && !match.mergedInto);

export async function findDuplicates(
  deps: Pick<SaveDeps, 'db' | 'index' | 'server'>,
  value: NormalizedBeneficiary,
  editingId: string | null,
): Promise<FoundDuplicates> {
  const { index } = deps;
  const online = lookupOnServer(deps.server, { nationalId: value.nationalId, mobiles: value.mobiles });
  const lists = await Promise.all([
    index.findByNationalId(value.nationalId),
    index.findByNameAndBirth(value.nameKey, value.birthDate),
    ...value.mobiles.map((mobile) => index.findByMobile(mobile)),
  ]);
  const ids = [...new Set(lists.flat().map((hit) => hit.id))].filter((id) => id !== editingId);
  const docs = new Map<string, BeneficiaryDoc>();
  if (ids.length > 0) {
    const found = await deps.db.beneficiaries.findByIds(ids).exec();
    for (const [id, doc] of found) docs.set(id, doc.toMutableJSON());
  }
  const existing: ExistingFile[] = ids.flatMap((id) => {
    const doc = docs.get(id);
    // A merged file is not a duplicate: its survivor is (a stale index entry must not block).
    return doc && !doc.mergedInto
      ? [{ fileId: id, nationalId: doc.nationalId, nameKey: nameKeyOfParts(doc.name), birthDate: doc.birthDate, mobiles: doc.mobiles }]
      : [];
  });
  const files = new Map<string, FoundFile>(docs);
  const matches = await online;
  for (const match of newcomers(matches, new Set(docs.keys()), editingId)) {
    files.set(match.id, { fileNumber: match.fileNumber, fullName: match.fullName, elsewhereDesk: deskOf(match), duplicateAcknowledgments: [] });
    existing.push({ fileId: match.id, nationalId: match.nationalId, nameKey: match.name ? nameKeyOfParts(match.name) : '', birthDate: match.birthDate, mobiles: match.mobiles });
  }
  const decision = decideDuplicates(
    { nationalId: value.nationalId, nameKey: value.nameKey, birthDate: value.birthDate, mobiles: value.mobiles },
    existing,
    editingId,
  );
  return { decision, files, deskOnly: matches === null && Boolean(deps.server) };
}

/** Another desk's file as the form shows it: the person's name, and the desk by its code (and name when the server gave it). */
export type ElsewhereDesk = { fullName: string } & DeskOfFile;

export interface IdHolder {
  fileId: string;
  fileNumber: string;
  /** Set when the file is another desk's, known from the server: shown by name, number and desk, never opened. */
  elsewhere?: ElsewhereDesk;
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

export interface IdCheck {
  holder: IdHolder | null;
  /** Only this desk could be checked (offline, timeout, 403, 429): the form says so under the field. */
  deskOnly: boolean;
}

/** This desk's holder of the ID first; when it has none, the server's (another desk's file), when online. */
export async function checkNationalIdHolder(deps: Pick<SaveDeps, 'db' | 'index' | 'server'>, typed: string, editingId: string | null): Promise<IdCheck> {
  const local = await findNationalIdHolder(deps, typed, editingId);
  const id = validateNationalId(typed);
  if (local || !id.ok || !deps.server) return { holder: local, deskOnly: false };
  const matches = await lookupOnServer(deps.server, { nationalId: id.value.value, mobiles: [] });
  if (matches === null) return { holder: null, deskOnly: true };
  const match = newcomers(matches, new Set(), editingId).find((m) => m.nationalId === id.value.value);
  return { holder: match ? { fileId: match.id, fileNumber: match.fileNumber, elsewhere: { fullName: match.fullName, ...deskOf(match) } } : null, deskOnly: false };
}
