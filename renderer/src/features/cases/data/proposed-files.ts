/**
 * The files a web complaint may belong to. The public page only *proposes* a link (the national ID
 * or mobile the complainant typed); the desk matches it through the registry's blind index, the
 * same keyed hashes the duplicate search uses, and confirms each hit against the stored file
 * (decrypted by RxDB), so a stale index entry never proposes a wrong person. Nothing is linked
 * here: staff confirm a match (confirmLink), policy 3.5a.
 */
import type { BeneficiaryDoc } from '@shared/db/schemas/beneficiary.schema';
import { normalizeSaudiMobile } from '@shared/registry/mobile';
import { validateNationalId } from '@shared/registry/national-id';
import type { CasesDeps } from './deps';

export type ProposedFile = { fileId: string; fileNumber: string; fullName: string; matchedBy: 'national-id' | 'mobile' };

/** What the complainant typed on the public page: either may be '' (or absent). */
export type ProposedIdentity = { nationalId?: string; mobile?: string };

/** Files matching the typed national ID and/or mobile, each once (the ID first), merged files left out. */
export async function findProposedFiles(deps: Pick<CasesDeps, 'db' | 'index'>, typed: ProposedIdentity): Promise<ProposedFile[]> {
  const index = deps.index;
  if (!index) return [];
  const id = validateNationalId(typed.nationalId ?? '');
  const mobile = normalizeSaudiMobile(typed.mobile ?? '');
  const [byId, byMobile] = await Promise.all([
    id.ok ? index.findByNationalId(id.value.value) : Promise.resolve([]),
    mobile.ok ? index.findByMobile(mobile.value) : Promise.resolve([]),
  ]);
  const hits = [...byId.map((hit) => ({ id: hit.id, matchedBy: 'national-id' as const })), ...byMobile.map((hit) => ({ id: hit.id, matchedBy: 'mobile' as const }))];
  if (hits.length === 0) return [];
  const docs = await deps.db.beneficiaries.findByIds([...new Set(hits.map((hit) => hit.id))]).exec();
  const confirms = (doc: BeneficiaryDoc, by: ProposedFile['matchedBy']): boolean =>
    by === 'national-id' ? id.ok && doc.nationalId === id.value.value : mobile.ok && doc.mobiles.includes(mobile.value);
  const out: ProposedFile[] = [];
  for (const hit of hits) {
    const doc = docs.get(hit.id)?.toMutableJSON();
    if (!doc || doc.mergedInto || out.some((f) => f.fileId === hit.id) || !confirms(doc, hit.matchedBy)) continue;
    out.push({ fileId: doc.id, fileNumber: doc.fileNumber, fullName: doc.fullName, matchedBy: hit.matchedBy });
  }
  return out;
}
