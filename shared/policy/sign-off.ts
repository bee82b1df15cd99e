/**
 * Who has signed which version of each policy document, and who has not (Art. 4), as of a moment:
 * versions published and signatures given after `asOf` are not counted, so a figure for a past
 * month stays the same when viewed later. Pure: the dashboard and the managers' list share it.
 */
import type { Role } from '../staff/roles';
import type { PolicyAck } from './acknowledgement';
import { appliesTo, currentVersions, requiredVersion, type PolicyVersion } from './policy-version';

export type SignOffStaff = { id: string; displayName: string; roles: readonly Role[]; active: boolean };

export type SignedEntry = { staffId: string; displayName: string; version: number; at: string };
export type UnsignedEntry = { staffId: string; displayName: string; /** Their latest signature of an older version, if any. */ lastSigned: { version: number; at: string } | null };

export type DocumentSignOff = {
  documentKey: string;
  titleAr: string;
  titleEn: string;
  /** The newest version (maybe a wording fix). */
  current: PolicyVersion;
  /** The newest material version: signing it or anything later counts. */
  required: PolicyVersion;
  /** Active staff it applies to who signed the required version or later (their latest signature). */
  signed: SignedEntry[];
  unsigned: UnsignedEntry[];
};

/** Acks that match a version's published content (a hash that matches nothing is no signature). */
function validAcks(versions: readonly PolicyVersion[], acks: readonly PolicyAck[], asOf: string): PolicyAck[] {
  const hashes = new Map(versions.map((v) => [`${v.documentKey}@${v.version}`, v.hash]));
  return acks.filter((a) => a.at <= asOf && hashes.get(`${a.documentKey}@${a.version}`) === a.hash);
}

/** Each staff member's latest valid acknowledgement of one document. */
function latestByStaff(acks: readonly PolicyAck[], documentKey: string): Map<string, PolicyAck> {
  const latest = new Map<string, PolicyAck>();
  for (const a of acks) {
    if (a.documentKey !== documentKey) continue;
    const seen = latest.get(a.staffId);
    if (!seen || a.version > seen.version || (a.version === seen.version && a.at < seen.at)) latest.set(a.staffId, a);
  }
  return latest;
}

export function policySignOff(staff: readonly SignOffStaff[], versions: readonly PolicyVersion[], acks: readonly PolicyAck[], asOf: string): DocumentSignOff[] {
  const published = versions.filter((v) => v.publishedAt <= asOf);
  const valid = validAcks(published, acks, asOf);
  const byName = (a: { displayName: string }, b: { displayName: string }) => a.displayName.localeCompare(b.displayName, 'ar');
  return currentVersions(published).flatMap((current) => {
    const required = requiredVersion(published, current.documentKey);
    if (!required) return [];
    const latest = latestByStaff(valid, current.documentKey);
    const signed: SignedEntry[] = [];
    const unsigned: UnsignedEntry[] = [];
    for (const member of staff) {
      if (!member.active || !appliesTo(current, member.roles)) continue;
      const ack = latest.get(member.id);
      if (ack && ack.version >= required.version) signed.push({ staffId: member.id, displayName: member.displayName, version: ack.version, at: ack.at });
      else unsigned.push({ staffId: member.id, displayName: member.displayName, lastSigned: ack ? { version: ack.version, at: ack.at } : null });
    }
    return [{ documentKey: current.documentKey, titleAr: current.titleAr, titleEn: current.titleEn, current, required, signed: signed.sort(byName), unsigned: unsigned.sort(byName) }];
  });
}

/**
 * The documents one staff member must still sign before any other screen (Art. 4): the current
 * version of each document that applies to their roles and whose newest material version they have
 * not signed. `deferred` holds documents they published themselves this session: an admin is not
 * stopped in the middle of publishing (they sign at their next sign-in, or from the library).
 */
export function pendingPolicies(member: { id: string; roles: readonly Role[] }, versions: readonly PolicyVersion[], acks: readonly PolicyAck[], asOf: string, deferred: ReadonlySet<string> = new Set()): PolicyVersion[] {
  const published = versions.filter((v) => v.publishedAt <= asOf);
  const mine = validAcks(published, acks.filter((a) => a.staffId === member.id), asOf);
  return currentVersions(published).filter((current) => {
    if (deferred.has(current.documentKey) || !appliesTo(current, member.roles)) return false;
    const required = requiredVersion(published, current.documentKey);
    return required !== null && !mine.some((a) => a.documentKey === current.documentKey && a.version >= required.version);
  });
}
