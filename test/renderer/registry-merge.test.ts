/**
 * Merging a file registered twice, on a real desk database (encrypted Dexie on fake-indexeddb) with
 * its real search index: the pair is found offline, the merge keeps both histories, the merged file
 * leaves search and duplicate checks, and bad merges write nothing.
 */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { firstValueFrom } from 'rxjs';
import { afterEach, describe, expect, it } from 'vitest';
import { createSearchIndex, type SearchIndex } from '../../renderer/src/db/search-index';
import type { DuplicatesDeps } from '../../renderer/src/features/duplicates/data/deps';
import { listDuplicatePairs } from '../../renderer/src/features/duplicates/data/list-pairs';
import { mergeFiles } from '../../renderer/src/features/duplicates/data/merge-files';
import { watchMergeTarget } from '../../renderer/src/features/duplicates/data/merge-target';
import { logInteraction, watchRequestsOfBeneficiary, watchTimeline } from '../../renderer/src/features/intake/data';
import type { BeneficiaryDoc } from '../../shared/db/schemas/beneficiary.schema';
import { awaitingSignature, signDeclaration } from './declaration-fixtures';
import { beneficiaryDoc, openIntakeDesk, type IntakeDesk } from './intake-fixtures';
import { BLIND_KEY } from './registry-fixtures';

let desk: IntakeDesk | null = null;
let index: SearchIndex | null = null;
afterEach(async () => {
  await index?.close();
  await desk?.close();
  desk = index = null;
});

const MERGER = { id: 'staff-merger' };

/** The desk's own file (with a signed declaration and a contact) and the same person's file from desk B, as a pull delivers it. */
async function twoFiles(): Promise<{ d: IntakeDesk; deps: DuplicatesDeps; own: BeneficiaryDoc; pulled: BeneficiaryDoc; requestId: string }> {
  const d = (desk = await openIntakeDesk());
  index = createSearchIndex(d.db, BLIND_KEY, { indexedDB, IDBKeyRange, name: `${d.db.name}-index` });
  await index.start();
  const requestId = await awaitingSignature(d);
  await signDeclaration(d, requestId);
  const logged = await logInteraction(d.deps(), { beneficiaryId: d.beneficiary.id, channel: 'in-person', subChannel: 'interview', direction: 'inbound', subject: 'استفسار', summary: 'سأل عن موعد الرد' });
  if (!logged.ok) throw new Error(logged.error.code);
  const pulled = beneficiaryDoc({ fileNumber: 'KD2-2026-000004', deskId: 'desk-b', city: 'جدة', mobiles: ['+966559999999'], preferredChannel: { channel: 'phone', subChannel: 'sms', address: '+966559999999' } });
  await d.db.beneficiaries.insert(pulled);
  const deps: DuplicatesDeps = { db: d.db, index, actor: MERGER, desk: { deskId: 'desk-m' }, now: () => new Date('2026-03-02T07:00:00.000Z') };
  return { d, deps, own: d.beneficiary, pulled, requestId };
}

describe('files registered twice', () => {
  it('lists the pair found offline, merges it keeping both histories, and audits who, when and which fields', async () => {
    const { d, deps, own, pulled, requestId } = await twoFiles();
    const pairs = await listDuplicatePairs(deps);
    expect(pairs.map(([a, b]) => [a.fileNumber, b.fileNumber])).toEqual([['KD1-2026-000001', 'KD2-2026-000004']]);
    const before = {
      requests: (await d.db.requests.find().exec()).map((doc) => doc.toJSON()),
      interactions: (await d.db.interactions.find().exec()).map((doc) => doc.toJSON()),
      declarations: (await d.db.declarations.find().exec()).map((doc) => doc.toJSON()),
    };

    // The pulled file survives; the desk's own file (with the history) is merged into it.
    const merged = await mergeFiles(deps, pulled.id, own.id, { city: 'other' });
    if (!merged.ok) throw new Error(merged.error);
    const survivor = (await d.db.beneficiaries.findOne(pulled.id).exec())?.toJSON() as BeneficiaryDoc;
    expect(survivor).toMatchObject({ id: pulled.id, fileNumber: 'KD2-2026-000004', city: own.city, mergedFrom: [own.id] });
    expect(survivor.mobiles).toEqual(['+966559999999', '+966551234567']);
    const gone = (await d.db.beneficiaries.findOne(own.id).exec())?.toJSON() as BeneficiaryDoc;
    expect(gone).toEqual({ ...own, mergedInto: pulled.id, mergedBy: MERGER.id, mergedAt: '2026-03-02T07:00:00.000Z', updatedAt: '2026-03-02T07:00:00.000Z', updatedBy: MERGER.id, deskId: 'desk-m' });
    expect(await d.db.beneficiaries.count().exec()).toBe(2);

    // Requests, contacts and signed declarations are untouched, and show on the survivor.
    expect((await d.db.requests.find().exec()).map((doc) => doc.toJSON())).toEqual(before.requests);
    expect((await d.db.interactions.find().exec()).map((doc) => doc.toJSON())).toEqual(before.interactions);
    expect((await d.db.declarations.find().exec()).map((doc) => doc.toJSON())).toEqual(before.declarations);
    const timeline = await firstValueFrom(watchTimeline(d.deps(), pulled.id));
    expect(timeline.map((item) => item.kind)).toContain('interaction');
    expect(timeline.some((item) => item.kind === 'request-created' && item.requestId === requestId)).toBe(true);
    expect((await firstValueFrom(watchRequestsOfBeneficiary(d.deps(), pulled.id))).map((r) => r.id)).toEqual([requestId]);
    expect(await firstValueFrom(watchMergeTarget(d.db, own.id))).toEqual({ id: pulled.id, fileNumber: 'KD2-2026-000004' });
    expect(await firstValueFrom(watchMergeTarget(d.db, pulled.id))).toBeNull();

    const audit = (await d.db.audit.find({ selector: { action: { $in: ['beneficiary.merge', 'beneficiary.merged-into'] } } }).exec()).map((doc) => doc.toJSON());
    expect(audit).toEqual(expect.arrayContaining([
      expect.objectContaining({ action: 'beneficiary.merge', entityId: pulled.id, actorId: MERGER.id, at: '2026-03-02T07:00:00.000Z', fields: ['city', 'mergedFrom', 'mobiles'] }),
      expect.objectContaining({ action: 'beneficiary.merged-into', entityId: own.id, actorId: MERGER.id, fields: ['mergedInto', 'mergedAt', 'mergedBy'] }),
    ]));
    expect(JSON.stringify(audit)).not.toContain(own.nationalId);

    // The merged file leaves search and duplicate checks; the pair is gone.
    expect(await listDuplicatePairs(deps)).toEqual([]);
    const hits = await index!.findByNationalId(own.nationalId);
    expect(hits.map((hit) => hit.id)).toEqual([pulled.id]);
    expect((await index!.search('KD1-2026-000001')).map((hit) => hit.id)).toEqual([]);
  });

  it('refuses a file with itself, an already merged file and a missing file, writing nothing', async () => {
    const { d, deps, own, pulled } = await twoFiles();
    const third = beneficiaryDoc({ fileNumber: 'KD3-2026-000001', deskId: 'desk-c' });
    await d.db.beneficiaries.insert(third);
    expect((await listDuplicatePairs(deps)).length).toBe(3);
    const first = await mergeFiles(deps, pulled.id, own.id, {});
    expect(first.ok).toBe(true);
    const snapshot = async () => ({
      files: (await d.db.beneficiaries.find().exec()).map((doc) => doc.toJSON()),
      audit: await d.db.audit.count().exec(),
    });
    const before = await snapshot();
    const refused = [
      await mergeFiles(deps, pulled.id, pulled.id, {}),
      await mergeFiles(deps, pulled.id, own.id, {}),
      await mergeFiles(deps, own.id, third.id, {}),
      await mergeFiles(deps, pulled.id, crypto.randomUUID(), {}),
    ];
    expect(refused).toEqual([
      { ok: false, error: 'merge.same-file' },
      { ok: false, error: 'merge.already-merged' },
      { ok: false, error: 'merge.already-merged' },
      { ok: false, error: 'merge.not-found' },
    ]);
    expect(await snapshot()).toEqual(before);
    // The third file still pairs with the survivor (one decision per merge).
    expect((await listDuplicatePairs(deps)).map(([a, b]) => [a.fileNumber, b.fileNumber])).toEqual([['KD2-2026-000004', 'KD3-2026-000001']]);
  });
});
