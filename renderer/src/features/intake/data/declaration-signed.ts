/**
 * The referral gate of policy 3.3(d): a request leaves 'awaiting-signature' only when the
 * data-accuracy declaration of its CURRENT completion is signed — on the pad, or on paper with
 * the scan attached (features/declaration sets `signedAt` for both). Read here from the
 * declarations collection, never taken from the caller, so no screen can tick it by hand.
 * Declarations made before the last move into 'awaiting-signature' covered older data.
 */
import type { RequestDoc } from '@shared/db/schemas/request.schema';
import type { IntakeDeps } from './deps';

/** The signed declaration of the current completion (its number), or null while there is none. */
export async function signedDeclarationFor(
  deps: Pick<IntakeDeps, 'db'>,
  request: Pick<RequestDoc, 'id' | 'history'>,
): Promise<{ declarationNumber: string } | null> {
  const since = request.history.filter((entry) => entry.to === 'awaiting-signature').at(-1)?.at;
  if (!since) return null;
  const docs = await deps.db.declarations.find({ selector: { requestId: request.id }, sort: [{ version: 'asc' }] }).exec();
  const current = docs.filter((doc) => doc.createdAt >= since).at(-1);
  return current !== undefined && current.signedAt !== '' ? { declarationNumber: current.declarationNumber } : null;
}
