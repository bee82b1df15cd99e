import { describe, expect, it } from 'vitest';
import type { PushRow, SyncDocument } from '@shared/sync/protocol';
import { notifyChannel } from '../../server/sync/change-feed';
import { lastSeqOf, pullDocuments, pushDocuments } from '../../server/sync/document-store';
import { DUPLICATE_RULES } from '../../server/sync/duplicates';
import { beneficiary, type TestServer, withTestServer } from './sync-support/harness';

let server: TestServer;
withTestServer((started) => (server = started));

/**
 * Group commit (push-groups.ts, push-write.ts): pushes of a collection queued behind the one whose turn
 * it is are written in its transaction, each judged as if it ran alone after the ones before it. Pushes
 * made in one tick all wait for the first to take the lock, so they form one group; rows written in one
 * transaction share its id (xmin).
 */
const store = (rows: PushRow[]) => pushDocuments(server.db, rows, { collection: 'beneficiaries', primaryKey: 'id', duplicateRules: DUPLICATE_RULES, channel: notifyChannel(server.schema) });

async function stored(prefix: string): Promise<{ id: string; data: SyncDocument; seq: number; tx: string }[]> {
  const rows = await server.db.query<{ id: string; data: SyncDocument; seq: string; tx: string }>(
    `SELECT id, data, seq::text AS seq, xmin::text AS tx FROM documents WHERE collection = 'beneficiaries' AND id LIKE $1 ORDER BY documents.seq`, [`${prefix}%`]);
  return rows.map((row) => ({ ...row, seq: Number(row.seq) }));
}

async function pairs(prefix: string): Promise<string[][]> {
  const rows = await server.db.query<{ a: string; b: string }>(
    `SELECT document_id AS a, other_id AS b FROM possible_duplicates WHERE field = 'nationalId' AND document_id LIKE $1 ORDER BY 1, 2`, [`${prefix}%`]);
  return rows.map((row) => [row.a, row.b]);
}

describe('group commit of queued pushes', () => {
  it('judges a second push of a document against the first one\'s write, in one transaction', async () => {
    const kept = beneficiary('g1-u', { nationalId: '2033333333' });
    await store([{ newDocumentState: beneficiary('g1-y', { nationalId: '2011111111' }) }, { newDocumentState: kept }]);
    const created = beneficiary('g1-x', { nationalId: '2011111111' });
    const edited = { ...created, nationalId: '2022222222', city: 'جدة' };
    const answers = await Promise.all([
      store([{ newDocumentState: created }, { newDocumentState: beneficiary('g1-v', { nationalId: '2033333333' }) }]),
      // The same desk's next edit, against the state it pushed: written.
      store([{ assumedMasterState: created, newDocumentState: edited }]),
      // Another desk's file with the same id, made without knowing it: a conflict with the edit.
      store([{ newDocumentState: beneficiary('g1-x', { city: 'الدمام' }) }]),
      store([{ newDocumentState: beneficiary('g1-z', { nationalId: '2022222222' }) }]),
      store([{ newDocumentState: beneficiary('g1-w', { nationalId: '2011111111' }) }]),
      store([{ assumedMasterState: kept, newDocumentState: { ...kept, nationalId: '2044444444' } }]),
    ]);
    expect(answers.map((answer) => answer.conflicts.map((doc) => doc.city))).toEqual([[], [], ['جدة'], [], [], []]);
    expect(answers.map((answer) => answer.written)).toEqual([2, 1, 0, 1, 1, 1]);
    const rows = await stored('g1-');
    expect(rows.find((row) => row.id === 'g1-x')?.data).toMatchObject({ nationalId: '2022222222', city: 'جدة' });
    const [y, ...group] = rows;
    expect(y!.id).toBe('g1-y');
    expect(new Set(group.map((row) => row.tx)).size).toBe(1);
    expect(group[0]!.tx).not.toBe(y!.tx);
    // As one after another: x paired with y by the ID it had at first and with z by its new one; w, with
    // x's first ID, came after x changed; v paired with u before u changed.
    expect(await pairs('g1-')).toEqual([['g1-u', 'g1-v'], ['g1-w', 'g1-y'], ['g1-x', 'g1-y'], ['g1-x', 'g1-z']]);
  });

  it('fails a push PostgreSQL refuses alone and writes the others of its group', async () => {
    const results = await Promise.allSettled([
      store([{ newDocumentState: beneficiary('g2-a', { nationalId: '2033333331' }) }]),
      store([{ newDocumentState: beneficiary('g2-b', { city: 'حائل\u0000' }) }]),
      store([{ newDocumentState: beneficiary('g2-c', { nationalId: '2033333333' }) }]),
    ]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((await stored('g2-')).map((row) => row.id)).toEqual(['g2-a', 'g2-c']);
    // The queue goes on grouping after a failed group.
    await Promise.all([store([{ newDocumentState: beneficiary('g2-d') }]), store([{ newDocumentState: beneficiary('g2-e') }])]);
    const after = (await stored('g2-')).filter((row) => row.id >= 'g2-d');
    expect(after).toHaveLength(2);
    expect(after[0]!.tx).toBe(after[1]!.tx);
  });

  it('numbers a group\'s documents in the order its pushes were judged, below the next group\'s', async () => {
    const first = beneficiary('g3-a1');
    const from = await lastSeqOf(server.db, 'beneficiaries');
    await Promise.all([
      store([{ newDocumentState: first }, { newDocumentState: beneficiary('g3-a2') }]),
      store([{ newDocumentState: beneficiary('g3-b1') }, { assumedMasterState: first, newDocumentState: { ...first, city: 'تبوك' } }]),
    ]);
    await store([{ newDocumentState: beneficiary('g3-c1') }]);
    // a1 was last written by the second push: it comes after b1, as it would have one push after the other.
    const pulled = await pullDocuments(server.db, 'beneficiaries', from, 100);
    expect(pulled.documents.map((doc) => [doc.id, doc.city])).toEqual([['g3-a2', 'الرياض'], ['g3-b1', 'الرياض'], ['g3-a1', 'تبوك'], ['g3-c1', 'الرياض']]);
    const rows = await stored('g3-');
    expect(rows.slice(0, 3).every((row) => row.tx === rows[0]!.tx)).toBe(true);
    expect(rows[3]!.tx).not.toBe(rows[0]!.tx);
  });
});
