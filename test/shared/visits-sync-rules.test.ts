/**
 * Who receives visits (policy 3.8c): a field worker only its own and, besides its own desk's files, the
 * files its open visits go to; managers see every visit; receptionists and committees none.
 */
import { describe, expect, test } from 'vitest';
import { filterPulled, pullViewKey } from '@shared/accounts/pull-filters';
import { checkPush } from '@shared/accounts/push-policy';
import { filesNewlyAssigned, visitFilesOf } from '@shared/accounts/visit-sync-rules';
import type { Actor } from '@shared/accounts/claims';
import type { SyncDocument } from '@shared/sync/protocol';

const worker: Actor = { id: 'worker-1', deskId: 'desk-w', roles: ['field-worker'], unitIds: [] };
const manager: Actor = { id: 'manager-1', deskId: 'desk-m', roles: ['manager'], unitIds: [] };
const receptionist: Actor = { id: 'rec-1', deskId: 'desk-r', roles: ['receptionist'], unitIds: [] };

const visit = (id: string, fieldWorkerId: string, beneficiaryId: string, status = 'planned'): SyncDocument => ({ _deleted: false, id, fieldWorkerId, beneficiaryId, status, deskId: 'desk-m' });
const file = (id: string, deskId: string): SyncDocument => ({ _deleted: false, id, deskId, notes: 'x' });

describe('visit pull filters', () => {
  const visits = [visit('v1', 'worker-1', 'ben-1'), visit('v2', 'worker-2', 'ben-2'), visit('v3', 'worker-1', 'ben-3', 'completed')];

  test('a field worker receives its own visits only; a manager all; a receptionist none', () => {
    expect(filterPulled(worker, 'visits', visits).map((doc) => doc.id)).toEqual(['v1', 'v3']);
    expect(filterPulled(manager, 'visits', visits)).toHaveLength(3);
    expect(filterPulled(receptionist, 'visits', visits)).toEqual([]);
    expect(pullViewKey(worker, 'visits')).not.toBe(pullViewKey({ ...worker, id: 'worker-2' }, 'visits'));
  });

  test('a field worker receives the files its open visits go to, and no other desk file', () => {
    const files = visitFilesOf(worker, visits);
    expect([...files]).toEqual(['ben-1']);
    const pulled = filterPulled(worker, 'beneficiaries', [file('ben-1', 'desk-r'), file('ben-2', 'desk-r'), file('ben-4', 'desk-w')], [], files);
    // Another desk's file outside its visits does not reach it at all, not even cut to the duplicate-check
    // fields (PDPL minimisation, policy 3.6b: the server answers the registration form's lookup instead).
    expect(pulled.map((doc) => [doc.id, 'notes' in doc])).toEqual([['ben-1', true], ['ben-4', true]]);
  });

  test('a field worker may update but not create a visit; a manager plans it', () => {
    const next = { ...visit('v9', 'worker-1', 'ben-1'), updatedBy: 'worker-1', createdBy: 'manager-1', deskId: 'desk-w' };
    expect(checkPush(worker, 'visits', null, next)?.code).toBe('push.forbidden');
    expect(checkPush(worker, 'visits', { ...visit('v9', 'worker-1', 'ben-1'), createdBy: 'manager-1' }, next)).toBeNull();
    expect(checkPush(manager, 'visits', null, { ...next, updatedBy: 'manager-1', deskId: 'desk-m' })).toBeNull();
  });

  test('a stored visit sends its file again only when its open (field worker, file) pair is new', () => {
    const planned = visit('v1', 'worker-1', 'ben-1');
    const stored = new Map([['v1', planned]]);
    expect(filesNewlyAssigned(new Map(), [planned])).toEqual(['ben-1']);
    expect(filesNewlyAssigned(stored, [{ ...planned, findings: 'x' }])).toEqual([]);
    expect(filesNewlyAssigned(stored, [visit('v1', 'worker-2', 'ben-1')])).toEqual(['ben-1']);
    expect(filesNewlyAssigned(stored, [visit('v1', 'worker-1', 'ben-5')])).toEqual(['ben-5']);
    expect(filesNewlyAssigned(stored, [visit('v1', 'worker-1', 'ben-1', 'cancelled')])).toEqual([]);
    expect(filesNewlyAssigned(new Map([['v1', visit('v1', 'worker-1', 'ben-1', 'cancelled')]]), [planned])).toEqual(['ben-1']);
    expect(filesNewlyAssigned(new Map(), [visit('v2', 'worker-1', '')])).toEqual([]);
  });
});
