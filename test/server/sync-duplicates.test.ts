import { describe, expect, it } from 'vitest';
import type { PossibleDuplicate } from '@shared/sync/protocol';
import { beneficiary, pullAll, push, type TestServer, withTestServer } from './sync-support/harness';

let server: TestServer;
withTestServer((started) => (server = started));

const duplicates = async (): Promise<PossibleDuplicate[]> => (await (await server.fetch('/duplicates')).json()).duplicates;

describe('possible duplicates across desks', () => {
  it('accepts two files with the same national ID and records the pair once', async () => {
    // Two desks, offline, each registered the same person.
    const fromA = beneficiary('bbbb-a', { nationalId: '1098765432', deskId: 'desk-a' });
    const fromB = beneficiary('aaaa-b', { nationalId: '1098765432', deskId: 'desk-b', fullName: 'محمد عبد الله الحربي' });
    expect(await (await push(server, 'beneficiaries', [{ newDocumentState: fromA }])).json()).toEqual([]);
    expect(await (await push(server, 'beneficiaries', [{ newDocumentState: fromB }])).json()).toEqual([]);
    expect((await pullAll(server, 'beneficiaries')).map((d) => d.id).sort()).toEqual(['aaaa-b', 'bbbb-a']);

    const found = await duplicates();
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ collection: 'beneficiaries', field: 'nationalId', documentIds: ['aaaa-b', 'bbbb-a'] });
    // The pair carries ids only: no personal data copied into the list.
    expect(JSON.stringify(found)).not.toContain('1098765432');

    // Later edits of either file do not raise the same pair again.
    await push(server, 'beneficiaries', [{ assumedMasterState: fromB, newDocumentState: { ...fromB, city: 'جدة' } }]);
    expect(await duplicates()).toHaveLength(1);
  });

  it('finds duplicates inside one batch, ignores empty IDs and deleted files', async () => {
    const same = (id: string) => beneficiary(id, { nationalId: '2055555555' });
    await push(server, 'beneficiaries', [{ newDocumentState: same('c-1') }, { newDocumentState: same('c-2') }, { newDocumentState: same('c-3') }]);
    const pairs = (await duplicates()).filter((d) => d.documentIds[0].startsWith('c-')).map((d) => d.documentIds);
    expect(pairs).toEqual(expect.arrayContaining([['c-1', 'c-2'], ['c-1', 'c-3'], ['c-2', 'c-3']]));
    expect(pairs).toHaveLength(3);

    await push(server, 'beneficiaries', [{ newDocumentState: beneficiary('e-1', { nationalId: '' }) }, { newDocumentState: beneficiary('e-2', { nationalId: '' }) }]);
    const gone = { ...beneficiary('g-1', { nationalId: '2066666666' }), _deleted: true };
    await push(server, 'beneficiaries', [{ newDocumentState: gone }, { newDocumentState: beneficiary('g-2', { nationalId: '2066666666' }) }]);
    const ids = (await duplicates()).flatMap((d) => d.documentIds);
    expect(ids.some((id) => id.startsWith('e-') || id.startsWith('g-'))).toBe(false);
  });
});
