import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateIpcRequest } from '@shared/ipc/validate';
import { createBackupOutput } from '../../electron/main/backup-output';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});
const temp = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'wasl-backup-out-'));
  dirs.push(dir);
  return dir;
};
const backupBytes = Uint8Array.from([...'WASLBAK1'].map((c) => c.charCodeAt(0)).concat([0, 0, 0, 2, 123, 125, 9, 9]));

describe('backup files through main', () => {
  it('accepts only an encrypted backup under a backup file name, nothing else the page might send', () => {
    const good = { fileName: 'wasl-RYD1-2026-03-01.waslbackup', bytes: backupBytes };
    expect(validateIpcRequest('backup:write-to-folder', good)).toEqual(good);
    const plaintext = new TextEncoder().encode('{"beneficiaries":[{"fullName":"ريم"}]}');
    expect(() => validateIpcRequest('backup:write-to-folder', { ...good, bytes: plaintext })).toThrow(/not a backup file/);
    for (const fileName of ['../../etc/passwd', 'wasl-RYD1-2026-03-01.waslbackup/x', 'notes.txt', 'wasl-ryd1-2026-03-01.waslbackup']) {
      expect(() => validateIpcRequest('backup:save', { ...good, fileName }), fileName).toThrow(/not a backup file name/);
    }
    expect(() => validateIpcRequest('backup:choose-folder', { folder: '/tmp' })).toThrow(/no payload/);
  });

  it('writes scheduled backups only into the folder the admin chose, whole (no partial file left)', async () => {
    const [userData, folder] = [await temp(), await temp()];
    const output = createBackupOutput({ settingsFile: join(userData, 'backup-folder.json'), chooseSavePath: async () => null, chooseFolder: async () => folder });
    expect(await output.writeToFolder({ fileName: 'wasl-RYD1-2026-03-01.waslbackup', bytes: backupBytes })).toEqual({ outcome: 'no-folder' });
    expect(await output.chooseFolder()).toEqual({ outcome: 'chosen', folder });
    expect(await output.getFolder()).toEqual({ folder });
    const written = await output.writeToFolder({ fileName: 'wasl-RYD1-2026-03-01.waslbackup', bytes: backupBytes });
    expect(written).toEqual({ outcome: 'written', path: join(folder, 'wasl-RYD1-2026-03-01.waslbackup') });
    expect(new Uint8Array(await readFile(join(folder, 'wasl-RYD1-2026-03-01.waslbackup')))).toEqual(backupBytes);
    expect(await readdir(folder)).toEqual(['wasl-RYD1-2026-03-01.waslbackup']);
    expect(await output.save({ fileName: 'wasl-RYD1-2026-03-01.waslbackup', bytes: backupBytes })).toEqual({ outcome: 'cancelled' });
  });
});
