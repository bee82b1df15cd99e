/**
 * The server's push rule (shared/sync/push-decision.ts), row by row against the stored states:
 * write, skip a replay, refuse a stale or blind edit, an append-only change or an answered
 * questionnaire, and take back a restored document from a desk that knew the whole backup.
 */
import { describe, expect, it } from 'vitest';
import { decidePush, type PushDecisionInput } from '../../shared/sync/push-decision';
import type { SyncDocument } from '../../shared/sync/protocol';

const doc = (id: string, note: string, extra: Record<string, unknown> = {}): SyncDocument => ({ id, note, updatedAt: '2026-03-01T08:00:00.000Z', _deleted: false, ...extra });
const stored = (...docs: SyncDocument[]) => new Map(docs.map((d) => [String(d.id), d]));
const decide = (input: Partial<PushDecisionInput> & Pick<PushDecisionInput, 'rows'>) =>
  decidePush({ collection: 'beneficiaries', primaryKey: 'id', stored: new Map(), locked: new Set(), restoredUntouched: new Set(), ...input });
const ids = (map: Map<string, SyncDocument>) => [...map.keys()];

describe('a push decided against the stored documents', () => {
  it('writes a new document and an edit of the state the desk last saw, each row after the one before it', () => {
    const a1 = doc('a', 'one');
    const a2 = doc('a', 'two');
    const a3 = doc('a', 'three');
    const { writes, conflicts } = decide({
      stored: stored(a1),
      rows: [{ newDocumentState: doc('b', 'new') }, { assumedMasterState: a1, newDocumentState: a2 }, { assumedMasterState: a2, newDocumentState: a3 }],
    });
    expect(ids(writes)).toEqual(['b', 'a']);
    expect(writes.get('a')?.note).toBe('three');
    expect(conflicts.size).toBe(0);
  });

  it('skips a replay (the same state, or the same content with other bookkeeping) and writes nothing', () => {
    const a = doc('a', 'one');
    const { writes, conflicts } = decide({ stored: stored(a), rows: [{ newDocumentState: a }, { newDocumentState: { ...a, updatedAt: '2026-04-01T08:00:00.000Z', updatedBy: 'x' } }] });
    expect([writes.size, conflicts.size]).toEqual([0, 0]);
  });

  it('refuses an edit of an older state, or of none, with the stored state; a restored document the desk saw goes back in', () => {
    const current = doc('a', 'server');
    const stale = doc('a', 'old');
    const edit = doc('a', 'desk');
    const refused = decide({ stored: stored(current), rows: [{ assumedMasterState: stale, newDocumentState: edit }, { newDocumentState: doc('a', 'blind') }] });
    expect([ids(refused.writes), refused.conflicts.get('a')]).toEqual([[], current]);
    const resent = decide({ stored: stored(current), rows: [{ newDocumentState: edit }], restoredUntouched: new Set(['a']) });
    expect([ids(resent.writes), resent.conflicts.size]).toEqual([['a'], 0]);
  });

  it('never changes an append-only entry, a signed declaration or an answered questionnaire', () => {
    const entry = doc('i', 'said');
    expect(ids(decide({ collection: 'interactions', stored: stored(entry), rows: [{ assumedMasterState: entry, newDocumentState: doc('i', 'rewritten') }] }).conflicts)).toEqual(['i']);
    const signed = doc('d', 'text', { signedAt: '2026-03-01T08:00:00.000Z' });
    expect(ids(decide({ collection: 'declarations', stored: stored(signed), rows: [{ assumedMasterState: signed, newDocumentState: { ...signed, note: 'changed' } }] }).conflicts)).toEqual(['d']);
    const version = doc('q', 'questions');
    const locked = decide({ collection: 'surveys', stored: stored(version), locked: new Set(['q']), rows: [{ assumedMasterState: version, newDocumentState: doc('q', 'other questions') }] });
    expect([ids(locked.writes), ids(locked.conflicts)]).toEqual([[], ['q']]);
  });
});
