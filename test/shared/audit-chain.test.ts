import { describe, expect, it } from 'vitest';
import { chainText, nextLink, verifyChains, type ChainedEntry } from '@shared/audit/audit-chain';
import { sha256Hex } from '@shared/audit/audit-hash';

const DESK = 'desk-a';

/** A desk's chain of `count` entries, built the way the desk appends them. */
function chain(count: number, deskId = DESK): ChainedEntry[] {
  const entries: ChainedEntry[] = [];
  for (let i = 1; i <= count; i++) {
    const base = { id: `${deskId}-e${i}`, at: `2026-12-05T10:00:0${i % 10}.000Z`, actorId: 'staff-1', action: 'beneficiary.view', entity: 'beneficiaries', entityId: `b-${i}`, fields: ['nationalId'], deskId, updatedBy: 'staff-1' };
    entries.push({ ...base, ...nextLink(base, entries.at(-1) ?? null, sha256Hex) });
  }
  return entries;
}

describe('audit hash chain', () => {
  it('a whole chain, in any order and alongside another desk and unchained entries, has no findings', () => {
    const legacy: ChainedEntry = { ...chain(1)[0]!, id: 'old', seq: 0, prevHash: '', hash: '' };
    expect(verifyChains([...chain(5).reverse(), ...chain(3, 'desk-b'), legacy], sha256Hex)).toEqual([]);
  });

  it('links each entry to the one before it on the desk', () => {
    const entries = chain(3);
    expect(entries.map((entry) => entry.seq)).toEqual([1, 2, 3]);
    expect(entries[0]!.prevHash).toBe('');
    expect(entries[2]!.prevHash).toBe(entries[1]!.hash);
    expect(entries[1]!.hash).toBe(sha256Hex(chainText(entries[1]!)));
  });

  it('finds a deleted entry as a gap where the chain resumes', () => {
    const entries = chain(5).filter((entry) => entry.seq !== 3);
    expect(verifyChains(entries, sha256Hex)).toEqual([{ deskId: DESK, kind: 'gap', seq: 4, entryId: `${DESK}-e4` }]);
  });

  it('finds deleted first entries as a gap at the start', () => {
    expect(verifyChains(chain(4).slice(2), sha256Hex)).toEqual([{ deskId: DESK, kind: 'gap', seq: 3, entryId: `${DESK}-e3` }]);
  });

  it('finds an edited entry, even when only a field name changed', () => {
    const entries = chain(4);
    entries[1] = { ...entries[1]!, fields: ['phone'] };
    expect(verifyChains(entries, sha256Hex)).toEqual([{ deskId: DESK, kind: 'edited', seq: 2, entryId: `${DESK}-e2` }]);
  });

  it('finds an edited entry whose hash was recomputed: the next entry no longer links to it', () => {
    const entries = chain(4);
    const edited = { ...entries[1]!, action: 'staff.update' };
    entries[1] = { ...edited, hash: sha256Hex(chainText(edited)) };
    expect(verifyChains(entries, sha256Hex)).toEqual([{ deskId: DESK, kind: 'gap', seq: 3, entryId: `${DESK}-e3` }]);
  });

  it('finds two entries swapped (their places renumbered and rehashed) as reordered', () => {
    const entries = chain(5);
    const moved = [entries[2]!, entries[1]!].map((entry, index) => {
      const renumbered = { ...entry, seq: index + 2 };
      return { ...renumbered, hash: sha256Hex(chainText(renumbered)) };
    });
    const findings = verifyChains([entries[0]!, ...moved, entries[3]!, entries[4]!], sha256Hex);
    // The entry moved up links to a hash the rehash replaced (a gap); the one moved down links to an
    // entry of the chain that is not its predecessor (reordered); the entry after them lost its link.
    expect(findings.map((finding) => `${finding.kind}@${finding.seq}`)).toEqual(['gap@2', 'reordered@3', 'gap@4']);
  });

  it('finds two entries claiming the same place as reordered', () => {
    const entries = chain(3);
    const twin = { ...entries[2]!, id: `${DESK}-twin`, entityId: 'b-9' };
    const rehashed = { ...twin, hash: sha256Hex(chainText(twin)) };
    expect(verifyChains([...entries, rehashed], sha256Hex)).toEqual([{ deskId: DESK, kind: 'reordered', seq: 3, entryId: `${DESK}-twin` }]);
  });
});
