/**
 * Shared steps of every declaration write: read as plain JSON, seal with the desk key, write with
 * the bookkeeping fields, record the audit entry. A signed declaration is never written again:
 * `modifyUnsigned` re-reads the stored document and refuses when it carries a `signedAt` (the sync
 * server freezes it too, shared/sync/collection-policy.ts). Writes of one declaration run one at a
 * time, so two clicks cannot both sign it.
 */
import { serialized } from '@renderer/db/serial';
import { deskSigner, publishDeskKey, webDigest } from '@renderer/db/desk-keys';
import { appendAudit } from '@renderer/stores/audit-log';
import type { DeclarationDoc } from '@shared/db/schemas/declaration.schema';
import { sealDeclaration } from '@shared/declaration/signing';
import type { DeclarationDeps, DeclarationErrorCode } from './deps';
import type { Result } from '@shared/result';

export function withDeclaration<T>(id: string, task: () => Promise<T>): Promise<T> {
  return serialized(`declaration:${id}`, task);
}

export async function readDeclaration(deps: Pick<DeclarationDeps, 'db'>, id: string): Promise<DeclarationDoc | null> {
  const doc = await deps.db.declarations.findOne(id).exec();
  return doc ? doc.toMutableJSON() : null;
}

/** The doc with a fresh hash and desk signature over its current content (publishes the key once). */
export async function sealed(deps: DeclarationDeps, doc: DeclarationDoc): Promise<DeclarationDoc> {
  const key = await deps.key();
  await publishDeskKey(deps, key);
  const seal = await sealDeclaration(doc, webDigest(), deskSigner(key));
  return { ...doc, ...seal };
}

export async function audit(deps: DeclarationDeps, action: string, id: string, fields: string[] = []): Promise<void> {
  await appendAudit(deps.db, { actorId: deps.actor.id, action, entity: 'declarations', entityId: id, fields, deskId: deps.desk.deskId }, deps.now());
}

export async function insertDeclaration(deps: DeclarationDeps, doc: DeclarationDoc): Promise<DeclarationDoc> {
  const at = deps.now().toISOString();
  const stored: DeclarationDoc = { ...doc, updatedAt: at, updatedBy: deps.actor.id, deskId: deps.desk.deskId };
  await deps.db.declarations.insert(stored);
  await audit(deps, 'declaration.create', stored.id, ['snapshot']);
  return stored;
}

/**
 * Rewrites an UNSIGNED declaration with `change` applied (then sealed). Refuses a signed one
 * with 'declaration.signed' and writes nothing.
 */
export function modifyUnsigned(
  deps: DeclarationDeps,
  id: string,
  action: string,
  change: (doc: DeclarationDoc) => Result<DeclarationDoc, DeclarationErrorCode> | Promise<Result<DeclarationDoc, DeclarationErrorCode>>,
): Promise<Result<DeclarationDoc, DeclarationErrorCode>> {
  return withDeclaration(id, async () => {
    const current = await readDeclaration(deps, id);
    if (!current) return fail('declaration.not-found');
    if (current.signedAt !== '') return fail('declaration.signed');
    const changed = await change(current);
    if (!changed.ok) return changed;
    const next = await sealed(deps, changed.value);
    const at = deps.now().toISOString();
    const doc: DeclarationDoc = { ...next, updatedAt: at, updatedBy: deps.actor.id, deskId: deps.desk.deskId };
    const stored = await deps.db.declarations.findOne(id).exec();
    if (!stored) return fail('declaration.not-found');
    await stored.incrementalModify((latest) => {
      // Checked again inside the write: a signed copy that arrived by sync meanwhile wins.
      if (latest.signedAt !== '') throw new SignedMeanwhile();
      return doc;
    }).catch((error: unknown) => {
      if (error instanceof SignedMeanwhile) return null;
      throw error;
    });
    const after = await readDeclaration(deps, id);
    if (after?.hash !== doc.hash || after.signedAt !== doc.signedAt) return fail('declaration.signed');
    const fields = (['snapshot', 'signature', 'hash', 'signedAt'] as const).filter((name) => JSON.stringify(current[name]) !== JSON.stringify(doc[name]));
    await audit(deps, action, id, [...fields]);
    return { ok: true, value: doc };
  });
}

class SignedMeanwhile extends Error {}

export const fail = <T>(error: DeclarationErrorCode): Result<T, DeclarationErrorCode> => ({ ok: false, error });
