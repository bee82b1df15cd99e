/** The moves the request screen offers: asked of the shared status machine, per role, unit and state. */
import { describe, expect, it } from 'vitest';
import type { RequestDoc } from '@shared/db/schemas/request.schema';
import { newRequestState, type RequestStatus } from '@shared/intake/request-status';
import type { Actor } from '@shared/intake/transition';
import { offeredTransitions } from '@renderer/features/intake/offered-transitions';

const NOW = '2026-02-18T06:30:00.000Z';

function request(status: RequestStatus, patch: Partial<RequestDoc> = {}): RequestDoc {
  return {
    ...newRequestState('social-research'),
    unitId: 'social-research',
    history: [],
    status,
    id: 'r1',
    requestNumber: 'RYD1-R2026-000001',
    beneficiaryId: 'b1',
    requestType: {
      id: 'food-basket',
      version: 1,
      nameAr: 'سلة غذائية',
      nameEn: 'Food basket',
      unitId: 'social-research',
      requirements: [{ id: 'id-copy', kind: 'document', labelAr: 'صورة الهوية', labelEn: 'ID copy', required: true }],
    },
    checklist: {},
    notes: '',
    createdAt: NOW,
    createdBy: 's1',
    updatedAt: NOW,
    updatedBy: 's1',
    deskId: 'd1',
    ...patch,
  };
}

const receptionist: Actor = { id: 's1', roles: ['receptionist'], unitIds: [] };
const officer: Actor = { id: 's2', roles: ['follow-up-officer'], unitIds: ['social-research'] };
const otherOfficer: Actor = { id: 's3', roles: ['follow-up-officer'], unitIds: ['financial-aid'] };
const manager: Actor = { id: 's4', roles: ['manager'], unitIds: [] };
const admin: Actor = { id: 's5', roles: ['admin'], unitIds: [] };

describe('offeredTransitions', () => {
  it('offers completion of an incomplete draft (the gate answers with the missing list) and withdrawal', () => {
    expect(offeredTransitions(request('draft'), receptionist, NOW).sort()).toEqual(['awaiting-signature', 'withdrawn']);
  });

  it('offers no decision on a draft or a referred request, to anyone', () => {
    for (const status of ['draft', 'awaiting-signature', 'referred'] as const) {
      for (const actor of [receptionist, officer, manager, admin]) {
        expect(offeredTransitions(request(status), actor, NOW)).not.toContain('approved');
      }
    }
  });

  it('opens a referred request for study only for an officer of its unit (or admin)', () => {
    expect(offeredTransitions(request('referred'), officer, NOW)).toContain('under-study');
    expect(offeredTransitions(request('referred'), otherOfficer, NOW)).not.toContain('under-study');
    expect(offeredTransitions(request('referred'), receptionist, NOW)).toEqual(['withdrawn']);
    expect(offeredTransitions(request('referred'), admin, NOW)).toContain('under-study');
  });

  it('offers the three decisions under study to the unit officer and a manager, not to another unit', () => {
    const decisions = ['approved', 'rejected', 'more-info-needed'];
    expect(offeredTransitions(request('under-study'), officer, NOW)).toEqual(expect.arrayContaining(decisions));
    expect(offeredTransitions(request('under-study'), manager, NOW)).toEqual(expect.arrayContaining(decisions));
    expect(offeredTransitions(request('under-study'), otherOfficer, NOW)).toEqual([]);
  });

  it('informing is for the desk, not the officer; closing or reopening follows the decision', () => {
    expect(offeredTransitions(request('approved', { decision: 'approved' }), receptionist, NOW)).toEqual(['informed']);
    expect(offeredTransitions(request('approved', { decision: 'approved' }), officer, NOW)).toEqual([]);
    expect(offeredTransitions(request('informed', { decision: 'approved' }), officer, NOW)).toEqual(['closed']);
    expect(offeredTransitions(request('informed', { decision: 'more-info-needed' }), officer, NOW)).toEqual(['draft']);
    expect(offeredTransitions(request('closed', { decision: 'approved' }), admin, NOW)).toEqual([]);
  });
});
