import { describe, expect, it } from 'vitest';
import { applyErasure, erasePerson, gatherPerson, recordErasure } from '../../renderer/src/db/apply-erasure';
import { watchErasures } from '../../renderer/src/db/erasure-watch';
import { erasureCatalogEntry } from '../../shared/data-rights/erasure-record';
import { ERASED_TEXT } from '../../shared/data-rights/erased-values';
import type { RequestDoc } from '../../shared/db/schemas/request.schema';
import { P, Q, REQUEST_DOCS } from '../shared/data-rights-fixtures';
import { desk, recordFor } from './data-rights-fixtures';

/** The desk's erasure watch (PDPL Art. 18), on a real RxDB and file store. */
describe('erasures this desk hears of', () => {
  it('its own erasure cut short is finished at the next start', async () => {
    const { deps, files, scans } = await desk();
    const record = await recordFor(deps);
    await recordErasure(deps, record);
    let writes = 0;
    await expect(applyErasure(deps, record, { afterWrite: () => { if (++writes === 2) throw new Error('desk closed mid-erasure'); } })).rejects.toThrow();
    expect(JSON.stringify((await gatherPerson(deps.db, P))?.visits)).toContain('سارة');
    const watch = watchErasures(deps.db, async () => deps, (error) => { throw error; });
    await watch.idle();
    watch.stop();
    const done = await gatherPerson(deps.db, P);
    expect(done?.beneficiary.fullName).toBe(ERASED_TEXT);
    expect(JSON.stringify({ ...done, declarations: [] })).not.toContain('سارة');
    for (const hash of scans) expect(await files.getFile(hash)).toBeNull();
  });

  it('an erasure finished here is not applied again at the next start (it read and scanned the desk at every start)', async () => {
    const { deps } = await desk();
    await erasePerson(deps, { beneficiaryId: P, requestId: '', by: 'admin-1' });
    const first = watchErasures(deps.db, async () => deps, (error) => { throw error; });
    await first.idle();
    first.stop();
    // Applying an erasure stamps what it writes (deps.now) and deletes files: neither happens again.
    let stamped = 0;
    const deleted: string[] = [];
    const counting = { ...deps, now: () => { stamped += 1; return deps.now(); }, files: { deleteFile: async (hash: string) => { deleted.push(hash); } } };
    const next = watchErasures(deps.db, async () => counting, (error) => { throw error; });
    await next.idle();
    next.stop();
    expect({ stamped, deleted }).toEqual({ stamped: 0, deleted: [] });
  });

  it('another desk\'s erasure arriving by sync deletes the person\'s files here and writes no document (the server\'s anonymised ones come by pull)', async () => {
    const { deps, files, scans } = await desk();
    const watch = watchErasures(deps.db, async () => deps, (error) => { throw error; });
    await watch.idle();
    const record = { ...(await recordFor(deps)), files: [scans[0] as string] };
    // As the replication writes a pulled document: the other desk's entry.
    await deps.db.catalog.insert(erasureCatalogEntry(record, 'OTHER-DESK'));
    for (let tries = 0; tries < 50 && (await files.getFile(scans[1] as string)) !== null; tries += 1) await new Promise((done) => setTimeout(done, 20));
    await watch.idle();
    watch.stop();
    // The listed file and the one the person's documents here still name.
    for (const hash of scans) expect(await files.getFile(hash)).toBeNull();
    expect((await gatherPerson(deps.db, P))?.beneficiary.fullName).toContain('سارة');
  });

  it('a scan another person\'s request names too stays; the person\'s own goes', async () => {
    const { deps, files, scans } = await desk();
    const [shared, own] = scans as [string, string];
    const other = REQUEST_DOCS.find((doc) => doc.beneficiaryId === Q) as RequestDoc;
    await deps.db.requests.insert({ ...other, checklist: { income: { provided: true, value: '1', note: '', files: [{ sha256: shared, name: 'scan.pdf', type: 'application/pdf', size: 10 }] } } });
    await erasePerson(deps, { beneficiaryId: P, requestId: '', by: 'admin-1' });
    expect(await files.getFile(shared)).not.toBeNull();
    expect(await files.getFile(own)).toBeNull();
  });

  it('erasePerson writes the record (what is kept, the files to delete everywhere) and erases; run again, it resumes with the first record', async () => {
    const { deps, scans } = await desk();
    const first = await erasePerson(deps, { beneficiaryId: P, requestId: 'case-data-request-1', by: 'admin-1' });
    expect(first?.written).toBeGreaterThan(0);
    expect(first?.record.files).toEqual(expect.arrayContaining(scans));
    expect(first?.record.kept.map((k) => k.reason).sort()).toEqual(['audit-trail', 'signed-declaration']);
    const again = await erasePerson(deps, { beneficiaryId: P, requestId: 'case-data-request-1', by: 'admin-1' });
    expect(again).toEqual({ record: first?.record, written: 0 });
  });
});
