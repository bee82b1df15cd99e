/**
 * The investigation and follow-up committee (policy 3.4a): the active staff holding the committee-member
 * role, as the staff list on this desk has them. A minute freezes this list when it is put to approval.
 */
import type { WaslDatabase } from '@renderer/db/database';
import { map, type Observable } from 'rxjs';

export type CommitteeMember = { id: string; name: string };

type Staff = { id: string; displayName: string; active: boolean; roles: readonly string[] };
const members = (docs: readonly Staff[]): CommitteeMember[] =>
  docs.filter((doc) => doc.active && doc.roles.includes('committee-member')).map((doc) => ({ id: doc.id, name: doc.displayName })).sort((a, b) => a.id.localeCompare(b.id));

export async function readCommitteeIds(db: WaslDatabase): Promise<string[]> {
  return members(await db.staff.find().exec()).map((member) => member.id);
}

export function watchCommittee(db: WaslDatabase): Observable<CommitteeMember[]> {
  return db.staff.find().$.pipe(map(members));
}

/** Every staff member's display name (members who left the committee still sign old minutes). */
export function watchStaffNames(db: WaslDatabase): Observable<ReadonlyMap<string, string>> {
  return db.staff.find().$.pipe(map((docs) => new Map(docs.map((doc) => [doc.id, doc.displayName]))));
}
