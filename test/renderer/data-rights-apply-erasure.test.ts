import { describe, expect, it } from 'vitest';
import { applyErasure, gatherPerson, reapplyErasures, recordErasure } from '../../renderer/src/db/apply-erasure';
import { ERASED_TEXT } from '../../shared/data-rights/erased-values';
import { P, SIGNED_DECLARATION } from '../shared/data-rights-fixtures';
import { desk, recordFor } from './data-rights-fixtures';

describe('applying an erasure on a desk (PDPL Art. 18), on a real RxDB and file store', () => {
  it('anonymises every collection, deletes the files, keeps the signed declaration, and logs the record without the data', async () => {
    const { deps, files, scans } = await desk();
    const record = await recordFor(deps);
    await recordErasure(deps, record);
    expect(await applyErasure(deps, record)).toBeGreaterThan(0);
    const after = await gatherPerson(deps.db, P);
    expect(after?.beneficiary.fullName).toBe(ERASED_TEXT);
    expect(JSON.stringify({ ...after, declarations: after?.declarations.filter((doc) => doc.signedAt === '') })).not.toContain('سارة');
    expect(after?.declarations.find((doc) => doc.id === SIGNED_DECLARATION.id)).toMatchObject({ snapshot: SIGNED_DECLARATION.snapshot, signedAt: SIGNED_DECLARATION.signedAt });
    for (const hash of scans) expect(await files.getFile(hash)).toBeNull();
    const logged = (await deps.db.catalog.findOne(`erasure-${P}`).exec())?.toMutableJSON();
    expect(logged?.data).toMatchObject({ beneficiaryId: P, requestId: 'case-data-request-1', by: 'admin-1' });
    expect(JSON.stringify(logged)).not.toContain('سارة');
    expect(record.kept.map((k) => k.reason).sort()).toEqual(['audit-trail', 'signed-declaration']);
  });

  it('an erasure stopped half-way resumes from its record: re-running finishes it, and a third run writes nothing', async () => {
    const { deps, files, scans } = await desk();
    const record = await recordFor(deps);
    await recordErasure(deps, record);
    let writes = 0;
    const stop = { afterWrite: () => { if (++writes === 3) throw new Error('desk closed mid-erasure'); } };
    await expect(applyErasure(deps, record, stop)).rejects.toThrow('desk closed mid-erasure');
    const half = await gatherPerson(deps.db, P);
    expect(half?.beneficiary.fullName).toBe(ERASED_TEXT);
    expect(JSON.stringify(half?.visits)).toContain('سارة');
    const remaining = await reapplyErasures(deps);
    expect(remaining).toBeGreaterThan(0);
    const done = await gatherPerson(deps.db, P);
    expect(JSON.stringify({ ...done, declarations: [] })).not.toContain('سارة');
    for (const hash of scans) expect(await files.getFile(hash)).toBeNull();
    expect(await reapplyErasures(deps)).toBe(0);
  });
});
