/** Art. 4 over sync: a member's acknowledgement is theirs alone to push, and it reaches every desk. */
import { describe, expect, it } from 'vitest';
import type { Actor } from '@shared/accounts/claims';
import { filterPulled } from '@shared/accounts/pull-filters';
import { checkPush } from '@shared/accounts/push-policy';
import { ackAuditEntry } from '@shared/policy';

const clerk: Actor = { id: 'clerk', deskId: 'desk-a', roles: ['receptionist'], unitIds: [] };
const admin: Actor = { id: 'boss', deskId: 'desk-a', roles: ['admin'], unitIds: [] };
const hash = 'a'.repeat(64);
const ackOf = (staffId: string, deskId: string) => ({
  id: `ack-${staffId}`, at: '2026-03-05T09:00:00.000Z', ...ackAuditEntry(staffId, 'beneficiary-relations', 1, hash, 'typed'),
  deskId, updatedAt: '2026-03-05T09:00:00.000Z', updatedBy: staffId, _deleted: false,
});

describe('acknowledgement push rights', () => {
  it('a member pushes their own acknowledgement; one naming someone else is refused, even from an admin', () => {
    expect(checkPush(clerk, 'audit', null, ackOf('clerk', 'desk-a'))).toBeNull();
    expect(checkPush(clerk, 'audit', null, { ...ackOf('other', 'desk-a'), updatedBy: 'clerk' })?.code).toBe('push.not-own-actor');
    expect(checkPush(clerk, 'audit', null, ackOf('other', 'desk-a'))?.code).toBe('push.not-own-actor');
    expect(checkPush(admin, 'audit', null, { ...ackOf('clerk', 'desk-a'), updatedBy: 'boss' })?.code).toBe('push.not-own-actor');
  });

  it('a colleague who signed in on the same desk pushes through it (offline signing on a shared PC)', () => {
    const colleague: Actor = { id: 'colleague', deskId: 'desk-a', roles: ['field-worker'], unitIds: [] };
    expect(checkPush(clerk, 'audit', null, ackOf('colleague', 'desk-a'), (id) => (id === 'colleague' ? colleague : null))).toBeNull();
  });

  it('only an admin publishes a version (the catalog is the administration’s)', () => {
    const entry = { id: 'polv:beneficiary-relations@1', kind: 'policy-version', key: 'beneficiary-relations@1', deskId: 'desk-a', updatedBy: 'clerk' };
    expect(checkPush(clerk, 'catalog', null, entry)?.code).toBe('push.forbidden');
    expect(checkPush(admin, 'catalog', null, { ...entry, updatedBy: 'boss' })).toBeNull();
  });
});

describe('acknowledgements reach every desk', () => {
  it("another desk's acknowledgement reaches a receptionist; its other audit entries do not", () => {
    const other = { ...ackOf('amal', 'desk-b'), id: 'sign-in', action: 'session.sign-in', entity: 'staff' };
    const pulled = filterPulled(clerk, 'audit', [ackOf('amal', 'desk-b'), other]);
    expect(pulled.map((doc) => doc.id)).toEqual(['ack-amal']);
  });
});
