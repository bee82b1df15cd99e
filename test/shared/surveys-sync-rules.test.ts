import { describe, expect, it } from 'vitest';
import { filterPulled, pullViewKey } from '../../shared/accounts/pull-filters';
import { checkPush } from '../../shared/accounts/push-policy';
import type { Actor } from '../../shared/accounts/claims';

const phone: Actor = { id: 'phone-1', roles: ['liaison-officer'], unitIds: [], deskId: 'desk-b' };
const manager: Actor = { id: 'mgr-1', roles: ['manager'], unitIds: [], deskId: 'desk-a' };
const doc = (kind: string, extra: Record<string, unknown> = {}) => ({ id: `${kind}-1`, _deleted: false, kind, deskId: 'desk-a', updatedBy: 'mgr-1', createdBy: 'mgr-1', ...extra });

describe('surveys reach desks and are written by their rules', () => {
  it('definitions reach everyone; tasks their assignee and desk; answers their desk and management', () => {
    const docs = [doc('questionnaire'), doc('campaign'), doc('task', { assignedTo: 'phone-1' }), doc('task', { id: 't2', assignedTo: 'x' }), doc('answer')];
    expect(filterPulled(phone, 'surveys', docs).map((d) => d.id)).toEqual(['questionnaire-1', 'campaign-1', 'task-1']);
    expect(filterPulled(manager, 'surveys', docs)).toHaveLength(5);
    expect(filterPulled({ ...phone, roles: ['committee-member'] }, 'surveys', docs)).toEqual([]);
    expect(pullViewKey(phone, 'surveys')).toBe('surveys:phone-1:desk-b');
  });

  it('only management writes questionnaires and campaigns; staff record answers', () => {
    const mine = { deskId: 'desk-b', updatedBy: 'phone-1', createdBy: 'phone-1' };
    expect(checkPush(phone, 'surveys', null, doc('questionnaire', mine))?.code).toBe('push.forbidden');
    expect(checkPush(phone, 'surveys', null, doc('answer', mine))).toBeNull();
    expect(checkPush(phone, 'surveys', doc('answer', mine), doc('campaign', mine))?.code).toBe('push.forbidden');
    expect(checkPush(manager, 'surveys', null, doc('campaign'))).toBeNull();
  });
});
