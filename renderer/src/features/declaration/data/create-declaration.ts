/**
 * A declaration for a request awaiting signature: the snapshot, a number, stored as a draft (sealed
 * without a signature image, so every stored declaration has a valid hash), and corrections of
 * a signed one as a new version that names the one it supersedes.
 */
import { serialized } from '@renderer/db/serial';
import type { BeneficiaryDoc } from '@shared/db/schemas/beneficiary.schema';
import type { DeclarationDoc } from '@shared/db/schemas/declaration.schema';
import type { RequestDoc } from '@shared/db/schemas/request.schema';
import { formatHumanNumber, humanNumberPrefix, humanNumberYear, nextHumanSequence } from '@shared/numbers/human-number';
import { currentDeclaration, declarationsOf } from './current-completion';
import type { DeclarationDeps, DeclarationErrorCode } from './deps';
import type { Result } from '@shared/result';
import { fail, insertDeclaration, readDeclaration, sealed } from './declaration-write';
import { buildSnapshot } from './snapshot';

/**
 * One more than the highest number this desk has seen this year (numbers are unique without a
 * network); the year is Riyadh's, like every human number's.
 */
export async function nextDeclarationNumber(deps: Pick<DeclarationDeps, 'db' | 'desk' | 'now'>): Promise<string> {
  const year = humanNumberYear(deps.now().getTime());
  const prefix = humanNumberPrefix('declaration', deps.desk.deskCode, year);
  const seen = await deps.db.declarations.find({ selector: { declarationNumber: { $gte: prefix, $lt: `${prefix}\uffff` } } }).exec();
  const sequence = nextHumanSequence('declaration', seen.map((doc) => doc.declarationNumber), deps.desk.deskCode, year);
  return formatHumanNumber('declaration', { deskCode: deps.desk.deskCode, year, sequence });
}

async function load(deps: DeclarationDeps, requestId: string): Promise<Result<{ request: RequestDoc; beneficiary: BeneficiaryDoc }, DeclarationErrorCode>> {
  const request = await deps.db.requests.findOne(requestId).exec();
  if (!request) return fail('declaration.request-not-found');
  const beneficiary = await deps.db.beneficiaries.findOne(request.beneficiaryId).exec();
  if (!beneficiary) return fail('declaration.beneficiary-not-found');
  return { ok: true, value: { request: request.toMutableJSON(), beneficiary: beneficiary.toMutableJSON() } };
}

async function newVersion(deps: DeclarationDeps, request: RequestDoc, beneficiary: BeneficiaryDoc, previous: DeclarationDoc | null): Promise<DeclarationDoc> {
  const at = deps.now().toISOString();
  const draft: DeclarationDoc = {
    id: crypto.randomUUID(),
    declarationNumber: previous?.declarationNumber ?? (await nextDeclarationNumber(deps)),
    version: (previous?.version ?? 0) + 1,
    supersedes: previous?.id ?? '',
    requestId: request.id,
    beneficiaryId: beneficiary.id,
    snapshot: await buildSnapshot(deps, request, beneficiary),
    signature: { method: 'pad', image: null, signedAt: '' },
    hash: '0'.repeat(64),
    deskSignature: '-',
    deskKeyId: '-',
    signedAt: '',
    createdAt: at,
    createdBy: deps.actor.id,
    updatedAt: at,
    updatedBy: deps.actor.id,
    deskId: deps.desk.deskId,
  };
  return insertDeclaration(deps, await sealed(deps, draft));
}

/**
 * The declaration of the request's current completion: the one already made (draft, printed or
 * signed), or a new draft. Only a request awaiting signature takes a new declaration.
 */
export function createDeclaration(deps: DeclarationDeps, requestId: string): Promise<Result<DeclarationDoc, DeclarationErrorCode>> {
  return serialized(`declarations-of:${requestId}`, async () => {
    const loaded = await load(deps, requestId);
    if (!loaded.ok) return loaded;
    const { request, beneficiary } = loaded.value;
    if (request.status !== 'awaiting-signature') return fail('declaration.request-state');
    const all = await declarationsOf(deps.db, requestId);
    const current = currentDeclaration(request, all);
    // Returned as is: signing or printing takes a fresh snapshot at that moment (refreshSnapshot).
    if (current) return { ok: true, value: current };
    // A new completion after a signed one: the next version of the same declaration.
    return { ok: true, value: await newVersion(deps, request, beneficiary, all.at(-1) ?? null) };
  });
}

/** A correction of a signed declaration: a new draft version superseding it (the old one stays as signed). */
export function correctDeclaration(deps: DeclarationDeps, id: string): Promise<Result<DeclarationDoc, DeclarationErrorCode>> {
  return serialized(`declarations-of:${id}`, async () => {
    const old = await readDeclaration(deps, id);
    if (!old) return fail('declaration.not-found');
    const versions = await declarationsOf(deps.db, old.requestId);
    const latest = versions.at(-1);
    if (latest && latest.id !== old.id) return fail('declaration.outdated');
    if (old.signedAt === '') return { ok: true, value: old };
    const loaded = await load(deps, old.requestId);
    if (!loaded.ok) return loaded;
    return { ok: true, value: await newVersion(deps, loaded.value.request, loaded.value.beneficiary, old) };
  });
}

/** The snapshot as of now, for signing or printing (the file may have been corrected since the draft). */
export async function refreshSnapshot(deps: DeclarationDeps, doc: DeclarationDoc): Promise<Result<DeclarationDoc, DeclarationErrorCode>> {
  const loaded = await load(deps, doc.requestId);
  if (!loaded.ok) return loaded;
  const { request, beneficiary } = loaded.value;
  // A first declaration belongs to the signing step; a correction may come at any later stage.
  const open = request.status === 'awaiting-signature' || (doc.supersedes !== '' && !['closed', 'withdrawn'].includes(request.status));
  if (!open) return fail('declaration.request-state');
  return { ok: true, value: { ...doc, snapshot: await buildSnapshot(deps, request, beneficiary) } };
}
