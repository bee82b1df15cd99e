/**
 * The audit trail made tamper-evident: each desk's entries form a hash chain. Every new entry
 * carries its place on the desk (`seq`, 1, 2, 3 ... per desk), the hash of the entry before it on
 * that desk (`prevHash`, '' for the first) and its own hash over its content and both of those.
 * Deleting an entry leaves a hole in the sequence, editing one breaks its own hash, moving one
 * breaks the links around it. Accountability for personal data (PDPL art. 18 and the implementing
 * regulation's record-keeping duty; policy 6(b) confidentiality) is what the trail is for.
 *
 * Entries written before the chain existed carry seq 0 and no hashes: the chain starts at the first
 * new entry (shared/db/schemas/audit.schema.ts migration), and unchained entries are not checked.
 * Pure: the hash function is passed in (shared/audit/audit-hash.ts is the sha256 one).
 */

/** The fields an entry's hash covers: everything it says, plus its place in the chain. */
export type ChainedFields = {
  id: string;
  at: string;
  actorId: string;
  action: string;
  entity: string;
  entityId: string;
  fields: readonly string[];
  deskId: string;
  updatedBy: string;
  seq: number;
  prevHash: string;
};

export type ChainedEntry = ChainedFields & { hash: string };

/** seq 0: an entry written before the chain existed (not part of any chain). */
export const UNCHAINED_SEQ = 0;

export type HashText = (text: string) => string;

/** One canonical text per entry (array order, not object key order, so every runtime hashes alike). */
export function chainText(entry: ChainedFields): string {
  return JSON.stringify([
    entry.id,
    entry.at,
    entry.actorId,
    entry.action,
    entry.entity,
    entry.entityId,
    [...entry.fields],
    entry.deskId,
    entry.updatedBy,
    entry.seq,
    entry.prevHash,
  ]);
}

export type ChainLink = { seq: number; prevHash: string; hash: string };

/**
 * The link a new entry gets after `previous` (the desk's last chained entry, or null for the first).
 * The caller must serialise appends per desk so two writers never take the same place.
 */
export function nextLink(entry: Omit<ChainedFields, 'seq' | 'prevHash'>, previous: Pick<ChainedEntry, 'seq' | 'hash'> | null, hash: HashText): ChainLink {
  const seq = previous ? previous.seq + 1 : 1;
  const prevHash = previous ? previous.hash : '';
  return { seq, prevHash, hash: hash(chainText({ ...entry, seq, prevHash })) };
}

export type ChainFindingKind = 'gap' | 'reordered' | 'edited';

/** What is wrong at a place in a desk's chain; `seq` is where it shows, `entryId` the entry there. */
export type ChainFinding = { deskId: string; kind: ChainFindingKind; seq: number; entryId: string };

/**
 * Checks every desk's chain among `entries` (any order, any desks; unchained entries skipped).
 * - edited: an entry's hash does not match its content;
 * - reordered: an entry links to an entry of the chain other than the one before it, or two
 *   entries claim the same place;
 * - gap: places are missing (a deleted entry), or an entry links to nothing the chain holds.
 */
export function verifyChains(entries: readonly ChainedEntry[], hash: HashText): ChainFinding[] {
  const byDesk = new Map<string, ChainedEntry[]>();
  for (const entry of entries) {
    if (entry.seq === UNCHAINED_SEQ) continue;
    byDesk.set(entry.deskId, [...(byDesk.get(entry.deskId) ?? []), entry]);
  }
  return [...byDesk.values()].flatMap((chain) => verifyDeskChain(chain, hash));
}

function verifyDeskChain(entries: readonly ChainedEntry[], hash: HashText): ChainFinding[] {
  const chain = [...entries].sort((a, b) => a.seq - b.seq || a.id.localeCompare(b.id));
  const hashes = new Set(chain.map((entry) => entry.hash));
  const findings: ChainFinding[] = [];
  const found = (entry: ChainedEntry, kind: ChainFindingKind) => findings.push({ deskId: entry.deskId, kind, seq: entry.seq, entryId: entry.id });
  chain.forEach((entry, index) => {
    if (hash(chainText(entry)) !== entry.hash) found(entry, 'edited');
    const previous = index > 0 ? chain[index - 1] : undefined;
    if (!previous) {
      // The first entry the chain holds: places before it are missing unless it is the desk's first.
      if (entry.seq !== 1 || entry.prevHash !== '') found(entry, 'gap');
      return;
    }
    if (previous.seq === entry.seq) return found(entry, 'reordered');
    if (entry.prevHash === previous.hash && entry.seq === previous.seq + 1) return;
    if (entry.prevHash !== previous.hash && hashes.has(entry.prevHash)) return found(entry, 'reordered');
    found(entry, 'gap');
  });
  return findings;
}
