/**
 * GET /duplicates after a desk merged a pair: the server validates the merge marks with the desks'
 * own beneficiary schema (v1) and stops listing a pair once either of its files is merged.
 */
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '@shared/db/collections';
import type { BeneficiaryDoc } from '@shared/db/schemas/beneficiary.schema';
import type { PossibleDuplicate, SyncDocument } from '@shared/sync/protocol';
import { push, type TestServer, withTestServer } from './sync-support/harness';

let server: TestServer;
withTestServer((started) => (server = started), { collections: COLLECTIONS });

const AT = '2026-03-01T08:00:00.000Z';
/** A full, synthetic file as a desk pushes it (plaintext over the wire). */
function file(id: string, fileNumber: string, nationalId: string, extra: Partial<BeneficiaryDoc> = {}): SyncDocument {
  const doc: BeneficiaryDoc = {
    id, fileNumber, name: { first: 'فهد', father: 'علي', grandfather: 'سعد', family: 'القحطاني' }, fullName: 'فهد علي سعد القحطاني',
    nationalId, idKind: 'citizen', birthDate: '1975-02-03', gender: 'male', nationality: 'SA', maritalStatus: 'married',
    familyCount: 3, familyMembers: [], categoryKey: 'low-income-families', city: 'الرياض', district: 'النسيم', address: '',
    mobiles: ['+966551112233'], noMobileReason: '', preferredChannel: { channel: 'phone', subChannel: 'call', address: '+966551112233' },
    consent: { purpose: 'تقديم الخدمات', givenAt: AT, takenBy: 'staff-1' }, notes: '', duplicateAcknowledgments: [],
    createdAt: AT, createdBy: 'staff-1', updatedAt: AT, updatedBy: 'staff-1', deskId: 'desk-a', ...extra,
  };
  return { ...doc, _deleted: false };
}

const pairs = async (): Promise<string[][]> =>
  ((await (await server.fetch('/duplicates')).json()) as { duplicates: PossibleDuplicate[] }).duplicates.map((d) => [...d.documentIds]);

describe('merged pairs leave the possible-duplicates list', () => {
  it('lists a pair until a desk pushes one file merged into the other; a third file still pairs with the survivor', async () => {
    const a = file('m-a', 'KD1-2026-000001', '1012345678');
    const b = file('m-b', 'KD2-2026-000001', '1012345678', { deskId: 'desk-b' });
    const other = file('o-a', 'KD1-2026-000002', '2012345678');
    const otherTwin = file('o-b', 'KD2-2026-000002', '2012345678', { deskId: 'desk-b' });
    for (const doc of [a, b, other, otherTwin]) expect((await push(server, 'beneficiaries', [{ newDocumentState: doc }])).status).toBe(200);
    expect(await pairs()).toEqual([['m-a', 'm-b'], ['o-a', 'o-b']]);

    // The desk's merge: the survivor lists the other in mergedFrom, the other is marked merged.
    const survivor = { ...a, mergedFrom: ['m-b'], updatedAt: '2026-03-02T08:00:00.000Z' };
    const merged = { ...b, mergedInto: 'm-a', mergedAt: '2026-03-02T08:00:00.000Z', mergedBy: 'staff-9', updatedAt: '2026-03-02T08:00:00.000Z' };
    const answer = await push(server, 'beneficiaries', [{ assumedMasterState: a, newDocumentState: survivor }, { assumedMasterState: b, newDocumentState: merged }]);
    expect(await answer.json()).toEqual([]);
    expect(await pairs()).toEqual([['o-a', 'o-b']]);

    // A third desk's file for the same person pairs with the survivor, not with the merged file.
    await push(server, 'beneficiaries', [{ newDocumentState: file('m-c', 'KD3-2026-000001', '1012345678', { deskId: 'desk-c' }) }]);
    expect(await pairs()).toEqual([['o-a', 'o-b'], ['m-a', 'm-c']]);
  });

  it('refuses merge marks that break the schema (the whole batch)', async () => {
    const bad = { ...file('x-1', 'KD1-2026-000009', '1099999999'), mergedInto: '' };
    expect((await push(server, 'beneficiaries', [{ newDocumentState: bad }])).status).toBe(400);
  });
});
