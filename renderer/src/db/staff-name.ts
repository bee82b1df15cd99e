import { findAccountLinkById } from './account-links';
import type { WaslDatabase } from './database';

/**
 * The display name of the staff member with this id, as this desk knows them: a local staff
 * account, or an association account that signed in here (its id is the server account's).
 * Null when the desk knows neither (a member of another desk).
 */
export async function staffDisplayName(db: WaslDatabase, staffId: string): Promise<string | null> {
  const staff = await db.staff.findOne(staffId).exec();
  if (staff) return staff.displayName;
  return (await findAccountLinkById(db, staffId))?.displayName ?? null;
}

/** Display names of several staff members (an unknown one is left out). */
export async function staffDisplayNames(db: WaslDatabase, staffIds: readonly string[]): Promise<Record<string, string>> {
  const names: Record<string, string> = {};
  for (const id of new Set(staffIds)) {
    const name = await staffDisplayName(db, id);
    if (name !== null) names[id] = name;
  }
  return names;
}
