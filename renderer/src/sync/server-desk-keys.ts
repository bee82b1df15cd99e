/**
 * A joined desk's view of the association's desk keys. The server records each desk's Ed25519
 * public key at registration and publishes them all (GET /desks/keys), so a declaration printed on
 * any desk verifies on this one. They are kept as catalog entries of kind 'desk-key' (what
 * verification reads), written here and never pushed: the catalog is the administration's to
 * push, and the server already holds every key.
 */
import { fromBase64 } from '@shared/declaration/encoding';
import { publicKeyId } from '@shared/declaration/signing';
import type { CatalogDoc } from '@shared/db/schemas/catalog.schema';
import type { FetchLike } from '@shared/sync/http-client';
import type { WaslDatabase } from '../db/database';
import { DESK_KEY_KIND, webDigest } from '../db/desk-keys';

export const SERVER_PUBLISHER = 'server';

type PublishedKey = { deskId: string; code: string; name: string; publicKey: string; registeredAt: number };

/** Catalog entries a joined desk keeps to itself: desk keys (its own and the server's copies). */
export function isDeskKeyEntry(doc: Record<string, unknown>): boolean {
  return doc.kind === DESK_KEY_KIND;
}

/** Adds the keys this desk does not know yet; returns how many. Failures are left for the next start. */
export async function importServerDeskKeys(db: WaslDatabase, fetch: FetchLike, serverUrl: string, token: string): Promise<number> {
  const response = await fetch(`${serverUrl.replace(/\/+$/, '')}/desks/keys`, { cache: 'no-store', headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) return 0;
  const { desks } = (await response.json()) as { desks: PublishedKey[] };
  let added = 0;
  for (const desk of desks) {
    const raw = fromBase64(desk.publicKey);
    if (raw === null || raw.length !== 32) continue;
    const keyId = await publicKeyId(raw, webDigest());
    if (await db.catalog.findOne({ selector: { kind: DESK_KEY_KIND, key: keyId } }).exec()) continue;
    const at = new Date(desk.registeredAt).toISOString();
    const doc: CatalogDoc = {
      id: crypto.randomUUID(), kind: DESK_KEY_KIND, key: keyId,
      labelAr: `مفتاح المكتب ${desk.code}`, labelEn: `Desk key ${desk.code}`, active: true, order: 0,
      data: { deskId: desk.deskId, deskCode: desk.code, publicKey: desk.publicKey },
      updatedAt: at, updatedBy: SERVER_PUBLISHER, deskId: desk.deskId,
    };
    await db.catalog.insert(doc);
    added += 1;
  }
  return added;
}
