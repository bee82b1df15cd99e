import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '@shared/db/collections';
import { extend, newDataRequest, verifyIdentity } from '@shared/data-requests/data-request';
import { createCollectionRegistry } from '../../server/sync/collection-registry';
import { freshCase } from '../shared/cases-fixtures';

// A data request is a case of kind 'data-request' with its part: what the desks store, the server accepts.
describe('data request case schema', () => {
  const cases = createCollectionRegistry(COLLECTIONS).get('cases')!;
  const proof = { sha256: 'b'.repeat(64), name: 'صك الولاية.pdf', type: 'application/pdf' as const, size: 2048 };

  it('accepts a guardian\'s request with its identity check and extension; refuses an extension past 30 days', () => {
    const made = newDataRequest({ subKind: 'copy', receivedVia: 'in-person', receivedOn: '2026-03-01', requester: { kind: 'guardian', name: 'ولي الأمر', proof } });
    if (!made.ok) throw new Error(made.error);
    const checked = verifyIdentity(made.value, { document: 'guardianship-deed', by: 'staff-1', at: '2026-03-01T09:00:00.000Z' });
    if (!checked.ok) throw new Error(checked.error);
    const extended = extend(checked.value, { days: 20, reason: 'أرشيف ورقي', by: 'staff-1', at: '2026-03-02T09:00:00.000Z', today: '2026-03-02' });
    if (!extended.ok) throw new Error(extended.error);
    const doc = { ...freshCase(), kind: 'data-request', dueDate: null, dataRequest: extended.value };
    expect(cases.validate(doc)).toBeNull();
    expect(cases.validate({ ...doc, dataRequest: { ...extended.value, extension: { ...extended.value.extension!, days: 31 } } })).toMatch(/days/);
    // Ordinary cases are unchanged: no part, or null.
    expect(cases.validate(freshCase())).toBeNull();
    expect(cases.validate({ ...freshCase(), dataRequest: null })).toBeNull();
  });
});
