import { describe, expect, it } from 'vitest';
import { checkAuthorship } from '@shared/accounts/authorship';
import type { Actor } from '@shared/accounts/claims';

/** Policy 6b: who a pushed document names as its author; the server's end-to-end cases are in test/server. */
const pusher: Actor = { id: 'me', deskId: 'desk-a', roles: ['receptionist'], unitIds: [] };
const colleagues = new Set(['colleague']);
const check = (collection: string, from: Record<string, unknown> | null, next: Record<string, unknown>) =>
  checkAuthorship(pusher, collection, from, next, (id) => colleagues.has(id))?.code ?? null;

describe('checkAuthorship', () => {
  it('the pusher and a colleague of this desk may be named; anyone else may not', () => {
    expect(check('beneficiaries', null, { updatedBy: 'me', createdBy: 'colleague' })).toBeNull();
    expect(check('beneficiaries', null, { updatedBy: 'stranger', createdBy: 'me' })).toBe('push.not-own-author');
    expect(check('beneficiaries', null, { updatedBy: 'me', createdBy: 'stranger' })).toBe('push.not-own-author');
  });

  it('a name kept from the state written over is no claim; a name changed to a stranger is', () => {
    const stored = { updatedBy: 'stranger', createdBy: 'other-creator' };
    expect(check('requests', stored, { updatedBy: 'stranger', createdBy: 'other-creator' })).toBeNull();
    expect(check('requests', stored, { updatedBy: 'me', createdBy: 'stranger' })).toBe('push.not-own-author');
    expect(check('requests', { updatedBy: 'x' }, { updatedBy: 'stranger' })).toBe('push.not-own-author');
  });

  it('an empty creator names nobody', () => {
    expect(check('beneficiaries', null, { updatedBy: 'me', createdBy: '' })).toBeNull();
  });

  it("the sync machinery's conflict records, and a staff record's own sign-in bookkeeping", () => {
    expect(check('conflicts', null, { updatedBy: 'sync' })).toBeNull();
    expect(check('beneficiaries', null, { updatedBy: 'sync' })).toBe('push.not-own-author');
    expect(check('staff', { id: 'clerk-1', updatedBy: 'me' }, { id: 'clerk-1', updatedBy: 'clerk-1' })).toBeNull();
    expect(check('staff', null, { id: 'clerk-1', updatedBy: 'clerk-2' })).toBe('push.not-own-author');
  });
});
