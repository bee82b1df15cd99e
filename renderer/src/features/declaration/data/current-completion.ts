/**
 * Which declaration belongs to a request's CURRENT completion. A request sent back for more
 * information is completed again later; the declaration signed for the old data no longer
 * covers it (shared/intake transition rules clear `declarationSigned`), so only declarations
 * made since the last move into 'awaiting-signature' count.
 */
import type { DeclarationDoc } from '@shared/db/schemas/declaration.schema';
import type { RequestDoc } from '@shared/db/schemas/request.schema';
import type { WaslDatabase } from '@renderer/db/database';

/** When the request last entered 'awaiting-signature' ('' when it never did). */
export function completedAt(request: Pick<RequestDoc, 'history'>): string {
  return request.history.filter((entry) => entry.to === 'awaiting-signature').at(-1)?.at ?? '';
}

/** All versions of the request's declarations, oldest first. */
export async function declarationsOf(db: WaslDatabase, requestId: string): Promise<DeclarationDoc[]> {
  const docs = await db.declarations.find({ selector: { requestId }, sort: [{ version: 'asc' }] }).exec();
  return docs.map((doc) => doc.toMutableJSON());
}

/** The latest declaration made for the current completion, or null. */
export function currentDeclaration(request: Pick<RequestDoc, 'history'>, declarations: readonly DeclarationDoc[]): DeclarationDoc | null {
  const since = completedAt(request);
  if (since === '') return null;
  return declarations.filter((doc) => doc.createdAt >= since).at(-1) ?? null;
}

/** Where the request's declaration stands, for the intake step and the request screen. */
export type DeclarationState = 'none' | 'draft' | 'awaiting-scan' | 'signed';

export function declarationState(doc: DeclarationDoc | null): DeclarationState {
  if (!doc) return 'none';
  if (doc.signedAt !== '') return 'signed';
  // A draft is sealed as 'pad' with no image; printing for paper seals it as 'paper-scan'.
  return doc.signature.method === 'paper-scan' ? 'awaiting-scan' : 'draft';
}
