import { describe, expect, it } from 'vitest';
import type { Actor } from '@shared/accounts/claims';
import { filterPulled } from '@shared/accounts/pull-filters';
import { pullNarrowing, READ_ALL, type PullNarrowing } from '@shared/accounts/pull-narrowing';
import { seesOnlyOwnVisits, visitFilesOf } from '@shared/accounts/visit-sync-rules';
import { ACKNOWLEDGE_ACTION, POLICY_ENTITY } from '@shared/policy/acknowledgement';
import { ROLES, type Role } from '@shared/staff/roles';
import type { SyncDocument } from '@shared/sync/protocol';
import { pullDocuments, pushDocuments } from '../../server/sync/document-store';
import { countRemaining } from '../../server/sync/remaining-count';
import { type TestServer, withTestServer } from './sync-support/harness';

/**
 * The pull reads only what the role may see (server/sync/narrowed-pull.ts); filterPulled stays the
 * rule. For every role over a generated mix of desks, the narrowed pull hands a desk the same
 * documents and the same final checkpoint as the whole range filtered afterwards, and reads nothing
 * the filter then throws away.
 */
let server: TestServer;
withTestServer((started) => (server = started));

const DESKS = ['desk-1', 'desk-2', 'desk-3', 'desk-4'];
const COLLECTIONS = ['beneficiaries', 'interactions', 'audit', 'visits', 'requests', 'surveys'];

/** A deterministic pseudo-random stream (the mix is the same on every run). */
function rng(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

function generated(collection: string, count: number, random: () => number): SyncDocument[] {
  return Array.from({ length: count }, (_, i) => {
    const doc: SyncDocument = { id: `${collection}-${i}`, deskId: DESKS[Math.floor(random() * DESKS.length)], updatedBy: 'someone', _deleted: random() < 0.1 };
    if (collection === 'audit' && random() < 0.2) Object.assign(doc, { action: ACKNOWLEDGE_ACTION, entity: POLICY_ENTITY });
    if (collection === 'visits') {
      const statuses = ['planned', 'completed', 'cancelled', 'planned'];
      Object.assign(doc, { fieldWorkerId: random() < 0.5 ? 'fw-1' : 'fw-2', beneficiaryId: `beneficiaries-${Math.floor(random() * 200)}`, status: statuses[i % 4] });
    }
    return doc;
  });
}

async function store(collection: string, docs: SyncDocument[]): Promise<void> {
  for (let i = 0; i < docs.length; i += 37) {
    const rows = docs.slice(i, i + 37).map((doc) => ({ newDocumentState: doc }));
    await pushDocuments(server.db, rows, { collection, primaryKey: 'id', duplicateRules: [], channel: 'narrowed_test' });
  }
}

type Walk = { docs: SyncDocument[]; checkpoint: number; read: number; sent: number };

/** Pages as a desk does; a narrowed walk stops at the first short page, as RxDB does. */
async function walk(actor: Actor, collection: string, narrowing: PullNarrowing, limit: number): Promise<Walk> {
  const visits = (await pullDocuments(server.db, 'visits', 0, 1000)).documents;
  const files = collection === 'beneficiaries' && seesOnlyOwnVisits(actor) ? visitFilesOf(actor, visits) : undefined;
  const out: Walk = { docs: [], checkpoint: 0, read: 0, sent: 0 };
  for (let page = 0; page < 500; page++) {
    const pulled = await pullDocuments(server.db, collection, out.checkpoint, limit, narrowing);
    const sent = filterPulled(actor, collection, pulled.documents, [], files);
    out.docs.push(...sent);
    out.read += pulled.documents.length;
    out.sent += sent.length;
    out.checkpoint = pulled.checkpoint.seq;
    if (pulled.documents.length === 0 || (narrowing.kind !== 'all' && sent.length < limit)) break;
  }
  return out;
}

const actors: Actor[] = [
  ...ROLES.map((role): Actor => ({ id: 'fw-1', roles: [role], unitIds: [], deskId: 'desk-1' })),
  { id: 'fw-1', roles: ['field-worker', 'committee-member'] as Role[], unitIds: [], deskId: 'desk-2' },
];

describe('the narrowed pull', () => {
  it('gives every role the documents and the final checkpoint of the whole range filtered afterwards', async () => {
    const random = rng(12);
    for (const collection of COLLECTIONS) await store(collection, generated(collection, collection === 'beneficiaries' ? 240 : 90, random));
    for (const actor of actors) {
      for (const collection of COLLECTIONS) {
        const narrowing = pullNarrowing(actor, collection);
        for (const limit of [7, 50]) {
          const reference = await walk(actor, collection, READ_ALL, limit);
          const narrowed = await walk(actor, collection, narrowing, limit);
          const what = `${actor.roles.join('+')} ${collection} limit ${limit}`;
          expect(narrowed.docs, what).toEqual(reference.docs);
          expect(narrowed.checkpoint, what).toBe(reference.checkpoint);
          // Nothing read only to be thrown away (a narrowed read is exact, so no page comes back short early).
          if (narrowing.kind !== 'all') expect(narrowed.read, what).toBe(narrowed.sent);
        }
      }
    }
    // The field worker's view was narrowed, and held its visits' files from other desks.
    const worker = actors.find((actor) => actor.roles.length === 1 && actor.roles[0] === 'field-worker')!;
    expect(pullNarrowing(worker, 'beneficiaries')).toEqual({ kind: 'desk', deskId: 'desk-1', visitsOf: 'fw-1', acks: false });
    const files = (await walk(worker, 'beneficiaries', pullNarrowing(worker, 'beneficiaries'), 50)).docs;
    expect(files.some((doc) => doc.deskId !== 'desk-1')).toBe(true);
  });

  it('a short narrowed page ends its checkpoint at the end of the range it read, not at its last document', async () => {
    const before = (await pullDocuments(server.db, 'interactions', 0, 1000)).checkpoint.seq;
    const mine = Array.from({ length: 3 }, (_, i): SyncDocument => ({ id: `short-mine-${i}`, deskId: 'desk-short', _deleted: false }));
    const others = Array.from({ length: 60 }, (_, i): SyncDocument => ({ id: `short-other-${i}`, deskId: 'desk-2', _deleted: false }));
    await store('interactions', [...mine, ...others.slice(0, 30), ...mine.map((doc) => ({ ...doc, note: 'again' })), ...others.slice(30)]);
    const end = (await pullDocuments(server.db, 'interactions', before, 1000)).checkpoint.seq;
    const narrowing = pullNarrowing({ id: 'w', roles: ['field-worker'], unitIds: [], deskId: 'desk-short' }, 'interactions');
    const page = await pullDocuments(server.db, 'interactions', before, 10, narrowing);
    expect(page.documents.map((doc) => doc.id)).toEqual(mine.map((doc) => doc.id));
    expect(page.checkpoint.seq).toBe(end);
    // A full page ends at its last document, as an unnarrowed one does.
    const full = await pullDocuments(server.db, 'interactions', before, 2, narrowing);
    expect(full.documents).toHaveLength(2);
    expect(full.checkpoint.seq).toBeLessThan(end);
    // The first sync's total (?remaining=1) counts this view, not the collection: 3 files, not 63.
    expect(await countRemaining(server.db, 'interactions', before, narrowing)).toBe(3);
    expect(await countRemaining(server.db, 'interactions', before, READ_ALL)).toBe(63);
    expect(await countRemaining(server.db, 'interactions', before, { kind: 'none' })).toBe(0);
    // 'none' reads nothing and ends at the end of the collection.
    const none = await pullDocuments(server.db, 'interactions', before, 10, { kind: 'none' });
    expect(none).toEqual({ documents: [], checkpoint: { seq: end } });
  });

  it('reads a desk\'s documents through the (collection, deskId, seq) index', async () => {
    await server.db.query(
      `INSERT INTO documents (collection, id, seq, data, deleted)
       SELECT 'explain', 'e' || g, nextval('document_seq'), jsonb_build_object('deskId', 'desk-' || (g % 100)), false FROM generate_series(1, 5000) g`,
    );
    await server.db.query('ANALYZE documents');
    const plan = await server.db.query<Record<string, string>>(
      `EXPLAIN SELECT id FROM documents WHERE collection = 'explain' AND seq > 0 AND data->>'deskId' = 'desk-7' ORDER BY seq LIMIT 1000`,
    );
    expect(plan.map((row) => Object.values(row)[0]).join('\n')).toContain('documents_collection_desk_seq');
  });
});
