/**
 * The files registered twice on this desk's copy of the registry, found offline: the desk holds
 * every file after sync, and its search index has a keyed hash of each open file's national ID
 * (merged files leave the index), so pairs come from index keys alone. They are then checked on
 * the documents themselves, so a stale index entry never offers a pair that cannot be merged.
 */
import type { BeneficiaryDoc } from '@shared/db/schemas/beneficiary.schema';
import type { DuplicatesDeps } from './deps';

export interface PairFile {
  id: string;
  fileNumber: string;
  fullName: string;
  deskId: string;
  createdAt: string;
}

export type FilePair = readonly [PairFile, PairFile];

const summary = (doc: BeneficiaryDoc): PairFile => ({ id: doc.id, fileNumber: doc.fileNumber, fullName: doc.fullName, deskId: doc.deskId, createdAt: doc.createdAt });

/** Pairs ordered by the first file's number, then the second's. */
export async function listDuplicatePairs(deps: Pick<DuplicatesDeps, 'db' | 'index'>): Promise<FilePair[]> {
  const pairs = await deps.index.duplicatePairs();
  if (pairs.length === 0) return [];
  const found = await deps.db.beneficiaries.findByIds([...new Set(pairs.flat())]).exec();
  const docs = new Map([...found].map(([id, doc]) => [id, doc.toMutableJSON()]));
  const open = (id: string): BeneficiaryDoc | null => {
    const doc = docs.get(id);
    return doc && !doc.mergedInto ? doc : null;
  };
  const result: FilePair[] = [];
  for (const [a, b] of pairs) {
    const first = open(a);
    const second = open(b);
    if (!first || !second || first.nationalId !== second.nationalId) continue;
    const [x, y] = first.fileNumber <= second.fileNumber ? [first, second] : [second, first];
    result.push([summary(x), summary(y)]);
  }
  return result.sort((p, q) => p[0].fileNumber.localeCompare(q[0].fileNumber) || p[1].fileNumber.localeCompare(q[1].fileNumber));
}

/** Both files of a pair, as stored (decrypted); null for either that does not exist. */
export async function readPair(deps: Pick<DuplicatesDeps, 'db'>, a: string, b: string): Promise<[BeneficiaryDoc | null, BeneficiaryDoc | null]> {
  const found = await deps.db.beneficiaries.findByIds([a, b]).exec();
  const get = (id: string) => found.get(id)?.toMutableJSON() ?? null;
  return [get(a), get(b)];
}
