import { describe, expect, it } from 'vitest';
import type { Actor } from '@shared/accounts/claims';
import { checkCasePush } from '@shared/accounts/case-sync-rules';
import { answer, verifyIdentity } from '@shared/data-requests/data-request';
import { openDataRequestCase, withDataRequest } from '@shared/data-requests/data-request-case';
import type { CaseDoc } from '@shared/db/schemas/case.schema';

const receptionist = { id: 'r1', roles: ['receptionist'], deskId: 'd1' } as unknown as Actor;
const manager = { id: 'm1', roles: ['manager'], deskId: 'd1' } as unknown as Actor;
const movers = (actor: Actor) => () => actor;
const by = { actorId: 'm1', deskId: 'd1', now: '2026-03-02T07:00:00.000Z' };

function opened(): CaseDoc {
  const made = openDataRequestCase({ subKind: 'access', receivedVia: 'phone', requester: { kind: 'self', name: '', proof: null }, description: '' },
    { id: 'c1', caseNumber: 'KD1-C2026-000001', now: '2026-03-01T07:00:00.000Z', today: '2026-03-01', actorId: 'r1', deskId: 'd1', beneficiaryId: 'b1' });
  if (!made.ok) throw new Error(made.error);
  return made.value;
}

describe('a data request pushed to the server (PDPL: its own clock, not the cases machine)', () => {
  it('is accepted when opened at reception, then identity-checked and answered by management', () => {
    const doc = opened();
    expect(checkCasePush(receptionist, null, doc, movers(receptionist))).toBeNull();
    const checked = verifyIdentity(doc.dataRequest!, { document: 'national-id', by: 'm1', at: by.now });
    if (!checked.ok) throw new Error(checked.error);
    const verified = withDataRequest(doc, checked.value, by);
    expect(checkCasePush(manager, doc, verified, movers(manager))).toBeNull();
    const answered = answer(checked.value, { at: by.now });
    if (!answered.ok) throw new Error(answered.error);
    expect(checkCasePush(manager, verified, withDataRequest(verified, answered.value, by), movers(manager))).toBeNull();
  });

  it('refuses a status that does not follow the request, an answer without identity check, and a change of kind', () => {
    const doc = opened();
    expect(checkCasePush(manager, null, { ...doc, status: 'closed' }, movers(manager))?.code).toBe('push.bad-transition');
    const skipped = { ...doc, status: 'closed', dataRequest: { ...doc.dataRequest!, status: 'answered' as const, answeredAt: by.now } };
    expect(checkCasePush(manager, doc, skipped, movers(manager))?.message).toMatch(/identity/);
    expect(checkCasePush(manager, doc, { ...doc, kind: 'complaint' }, movers(manager))?.code).toBe('push.bad-transition');
    // A receptionist who opened it may not change it afterwards: a data request is a sensitive case.
    expect(checkCasePush(receptionist, doc, doc, movers(receptionist))?.code).toBe('push.forbidden');
  });
});
