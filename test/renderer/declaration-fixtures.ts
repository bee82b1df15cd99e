/**
 * Declaration deps over an intake test desk: a real WebCrypto Ed25519 desk key kept in
 * fake-indexeddb (non-extractable, like the app's), and the desk's printed names.
 */
import { indexedDB } from 'fake-indexeddb';
import { loadOrCreateDeskKey, type DeskKey } from '../../renderer/src/db/desk-keys';
import { createDeclaration, signOnPad, type DeclarationDeps } from '../../renderer/src/features/declaration/data';
import type { DeclarationDoc } from '../../shared/db/schemas/declaration.schema';
import { DESK, RECEPTIONIST, type IntakeDesk } from './intake-fixtures';
import { uniqueName } from './db-fixtures';

/** A 1×1 PNG: what the pad hands over, in miniature. */
export const TINY_PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

const keys = new Map<string, Promise<DeskKey>>();

/** The desk's key store is per test desk (its own fake IndexedDB database name). */
export function deskKeyFor(desk: IntakeDesk): () => Promise<DeskKey> {
  return () => {
    let key = keys.get(desk.db.name);
    if (!key) {
      key = loadOrCreateDeskKey({ indexedDB, crypto: globalThis.crypto, name: uniqueName('wasl-desk-key-') }, DESK.deskId);
      keys.set(desk.db.name, key);
    }
    return key;
  };
}

export function declarationDeps(desk: IntakeDesk, actor: { id: string } = RECEPTIONIST): DeclarationDeps {
  return {
    db: desk.db,
    actor: { id: actor.id },
    desk: { ...DESK, associationName: 'جمعية البر الخيرية', deskName: 'مكتب الاستقبال' },
    now: () => desk.clock.at,
    key: deskKeyFor(desk),
    files: desk.files,
  };
}

/** Creates the declaration of the request's current completion and signs it on the "pad". */
export async function signDeclaration(desk: IntakeDesk, requestId: string): Promise<DeclarationDoc> {
  const deps = declarationDeps(desk);
  const created = await createDeclaration(deps, requestId);
  if (!created.ok) throw new Error(created.error);
  const signed = await signOnPad(deps, created.value.id, TINY_PNG);
  if (!signed.ok) throw new Error(signed.error);
  return signed.value;
}
