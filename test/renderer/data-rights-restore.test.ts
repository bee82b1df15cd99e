import { describe, expect, it } from 'vitest';
import { applyErasure, gatherPerson, recordErasure } from '../../renderer/src/db/apply-erasure';
import { writeDeskSettings } from '../../renderer/src/db/desk-settings';
import { makeBackup } from '../../renderer/src/features/backup/data/desk-backup';
import { restoreBackup } from '../../renderer/src/features/backup/data/restore-backup';
import { ERASED_TEXT } from '../../shared/data-rights/erased-values';
import { P } from '../shared/data-rights-fixtures';
import { desk, emptyDesk, recordFor } from './data-rights-fixtures';
import { DESK_ID } from './db-fixtures';

const PASSPHRASE = 'backup passphrase for the erasure test';
const SETTINGS = { deskId: DESK_ID, associationName: 'جمعية', deskName: 'الاستقبال', deskCode: 'KD1', idleLockMinutes: 5, locale: 'ar' as const, setupCompletedAt: '2026-01-01T08:00:00Z' };

async function backupOf(source: Awaited<ReturnType<typeof desk>>): Promise<Uint8Array> {
  const made = await makeBackup(source.deps.db, source.files, PASSPHRASE, { now: new Date('2026-04-30T08:00:00Z'), deskCode: 'KD1', kdf: { algorithm: 'scrypt', N: 2 ** 10, r: 8, p: 1 } });
  const bytes = new Uint8Array(made.bytes);
  let offset = 0;
  for (const part of made.parts) { bytes.set(part, offset); offset += part.length; }
  return bytes;
}

describe('a restore never brings erased data back (PDPL Art. 18)', () => {
  it('a backup taken BEFORE the erasure, restored with the erasures known elsewhere (the server), comes back erased before the desk is usable', async () => {
    const source = await desk();
    await writeDeskSettings(source.deps.db, SETTINGS);
    const file = await backupOf(source);
    const record = await recordFor(source.deps);
    await recordErasure(source.deps, record);
    await applyErasure(source.deps, record);
    // The open-source RxDB allows 13 collections in parallel: one desk at a time.
    await source.deps.db.close();

    const target = await emptyDesk();
    const restored = await restoreBackup(target.deps.db, target.files, file, PASSPHRASE, { erasures: [record] });
    expect(restored.ok).toBe(true);
    const person = await gatherPerson(target.deps.db, P);
    expect(person?.beneficiary.fullName).toBe(ERASED_TEXT);
    expect(JSON.stringify({ ...person, declarations: person?.declarations.filter((doc) => doc.signedAt === '') })).not.toContain('سارة');
    for (const hash of source.scans) expect(await target.files.getFile(hash)).toBeNull();
    // The record now lives on the restored desk too, for its next restore and for other desks.
    expect(await target.deps.db.catalog.findOne(`erasure-${P}`).exec()).not.toBeNull();
  });

  it('a backup taken while an erasure was under way (record written, documents not yet) is finished by the restore from its own record', async () => {
    const source = await desk();
    await writeDeskSettings(source.deps.db, SETTINGS);
    await recordErasure(source.deps, await recordFor(source.deps));
    const file = await backupOf(source);
    await source.deps.db.close();
    const target = await emptyDesk();
    expect((await restoreBackup(target.deps.db, target.files, file, PASSPHRASE)).ok).toBe(true);
    expect((await gatherPerson(target.deps.db, P))?.beneficiary.fullName).toBe(ERASED_TEXT);
  });
});
