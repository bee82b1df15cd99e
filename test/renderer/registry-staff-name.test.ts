/** Who took a file's consent is named, whether they signed in with a local or an association account. */
import { afterEach, describe, expect, it } from 'vitest';
import { writeAccountLink } from '../../renderer/src/db/account-links';
import { staffDisplayName } from '../../renderer/src/db/staff-name';
import { staffDoc } from './db-fixtures';
import { openDesk, type Desk } from './registry-fixtures';

const desks: Desk[] = [];
afterEach(async () => {
  await Promise.all(desks.splice(0).map((d) => d.close()));
});

describe('staffDisplayName', () => {
  it('names a local staff account, an association account that signed in here, and no one else', async () => {
    const d = await openDesk();
    desks.push(d);
    await d.db.staff.insert(staffDoc({ id: 'local-1', displayName: 'نورة العتيبي', username: 'noura' }));
    await writeAccountLink(d.db, {
      accountId: 'acct-7', username: 'sara.q', displayName: 'سارة القحطاني', roles: ['receptionist'], unitIds: [],
      verifier: staffDoc().passwordHash, confirmedAt: '2026-03-10T07:00:00.000Z', failedAttempts: 0, lockedUntil: null,
    });
    expect(await staffDisplayName(d.db, 'local-1')).toBe('نورة العتيبي');
    expect(await staffDisplayName(d.db, 'acct-7')).toBe('سارة القحطاني');
    expect(await staffDisplayName(d.db, 'someone-elsewhere')).toBeNull();
  });
});
