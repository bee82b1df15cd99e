/**
 * Declaration deps over an intake test desk: a real WebCrypto Ed25519 desk key kept in
 * fake-indexeddb (non-extractable, like the app's), and the desk's printed names.
 */
import { indexedDB } from 'fake-indexeddb';
import { loadOrCreateDeskKey, type DeskKey } from '../../renderer/src/db/desk-keys';
import { createDeclaration, signOnPad, type DeclarationDeps } from '../../renderer/src/features/declaration/data';
import type { DeclarationDoc } from '../../shared/db/schemas/declaration.schema';
import { applyTransition, attachToRequirement, startIntake, updateDraft } from '../../renderer/src/features/intake/data';
import { DESK, pdfBytes, RECEPTIONIST, type IntakeDesk } from './intake-fixtures';
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

/** A food-basket request of the desk's beneficiary, complete and awaiting signature. */
export async function awaitingSignature(desk: IntakeDesk): Promise<string> {
  const started = await startIntake(desk.deps(), desk.beneficiary.id, 'food-basket');
  if (!started.ok) throw new Error(started.error.code);
  const id = started.value.id;
  for (const r of ['national-id-copy', 'family-record']) {
    const attached = await attachToRequirement(desk.deps(), id, r, { data: pdfBytes(r).buffer, name: `${r}.pdf`, type: 'application/pdf' });
    if (!attached.ok) throw new Error(attached.error.code);
  }
  await updateDraft(desk.deps(), id, { checklist: { 'family-members-count': { value: '4' }, 'national-address': { value: 'RRRD2929' } } });
  const done = await applyTransition(desk.deps(), id, { to: 'awaiting-signature' });
  if (!done.ok) throw new Error(done.error.code);
  return id;
}
