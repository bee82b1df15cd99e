import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterAll, describe, expect, it } from 'vitest';
import { readBackup } from '@shared/backup/backup-file';
import type { IpcChannel, IpcContract, WaslBridge } from '@shared/ipc/contract';
import { validateIpcRequest } from '@shared/ipc/validate';
import { createBackupOutput } from '../../electron/main/backup-output';
import { createFileStore } from '../../renderer/src/db/file-store';
import { keepScheduleKey, runScheduledBackup } from '../../renderer/src/features/backup/data/backup-schedule';
import { webCryptoCipher } from '../../renderer/src/features/backup/data/webcrypto-cipher';
import { formInput, openDesk } from './registry-fixtures';
import { saveBeneficiary } from '../../renderer/src/features/beneficiaries/data/save-beneficiary';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});
const FAST = { algorithm: 'scrypt', N: 2 ** 10, r: 8, p: 1 } as const;
const PASSPHRASE = 'نخلة-الواحة-2026';

/** The desktop bridge's backup channels as main answers them (validated like every IPC call). */
function desktopBridge(output: ReturnType<typeof createBackupOutput>): WaslBridge {
  const handlers: Partial<Record<IpcChannel, (request: never) => Promise<unknown>>> = {
    'backup:get-folder': () => output.getFolder(),
    'backup:write-to-folder': (request) => output.writeToFolder(request),
  };
  return {
    invoke: async <C extends IpcChannel>(channel: C, request: IpcContract[C]['request']) => (handlers[channel] as (r: unknown) => Promise<IpcContract[C]['response']>)(validateIpcRequest(channel, request)),
    on: () => () => {},
  };
}

describe('scheduled desk backups', () => {
  it('once a day into the chosen folder, with the kept key sealed at rest (never the passphrase)', async () => {
    const [userData, folder] = await Promise.all([mkdtemp(join(tmpdir(), 'wasl-sched-ud-')), mkdtemp(join(tmpdir(), 'wasl-sched-'))]);
    dirs.push(userData, folder);
    const desk = await openDesk();
    const files = createFileStore({ secret: 'desk-secret', name: `files-${Date.now()}`, indexedDB, IDBKeyRange });
    const saved = await saveBeneficiary(desk.deps, formInput({}), { acknowledged: [] });
    expect(saved.ok).toBe(true);
    const output = createBackupOutput({ settingsFile: join(userData, 'backup-folder.json'), chooseSavePath: async () => null, chooseFolder: async () => folder });
    const bridge = desktopBridge(output);
    const day = new Date('2026-03-01T01:00:00Z');

    expect(await runScheduledBackup(desk.db, files, bridge, 'RYD1', day)).toBe('off');
    await keepScheduleKey(desk.db, PASSPHRASE, FAST);
    const kept = JSON.stringify((await desk.db.getLocal('backup-schedule'))?.toJSON().data);
    expect(kept).not.toContain(PASSPHRASE);
    expect(Object.keys(JSON.parse(kept) as object).sort()).toEqual(['lastAt', 'sealed']);
    expect(await runScheduledBackup(desk.db, files, bridge, 'RYD1', day)).toBe('no-folder');

    await output.chooseFolder();
    expect(await runScheduledBackup(desk.db, files, bridge, 'RYD1', day)).toBe('written');
    expect(await runScheduledBackup(desk.db, files, bridge, 'RYD1', new Date(day.getTime() + 3_600_000))).toBe('not-due');
    expect(await runScheduledBackup(desk.db, files, bridge, 'RYD1', new Date(day.getTime() + 25 * 3_600_000))).toBe('written');
    expect((await readdir(folder)).sort()).toEqual(['wasl-RYD1-2026-03-01.waslbackup', 'wasl-RYD1-2026-03-02.waslbackup']);

    // The file opens with the passphrase the admin typed once, and holds the desk's file.
    const read = await readBackup(new Uint8Array(await readFile(join(folder, 'wasl-RYD1-2026-03-02.waslbackup'))), PASSPHRASE, webCryptoCipher());
    expect(read.ok && read.value.content.documents.beneficiaries?.map((d) => d.id)).toEqual([saved.ok && saved.value.id]);
    files.close();
    await desk.close();
  });
});
