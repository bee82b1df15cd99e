/** The app's erasure watch (erasure-watch.ts): one per database, for the life of the page, on the desk's file store. */
import { readDeskSettings } from './desk-settings';
import type { WaslDatabase } from './database';
import { watchErasures, type ErasureWatch } from './erasure-watch';
import { getFileStore } from './file-store';

const running = new WeakMap<WaslDatabase, ErasureWatch>();

export function startAppErasureWatch(db: WaslDatabase): ErasureWatch {
  let watch = running.get(db);
  if (!watch) {
    const deps = async () => ({ db, files: await getFileStore(), deskId: (await readDeskSettings(db))?.deskId ?? '', now: () => new Date() });
    watch = watchErasures(db, deps, (error) => console.error('erasure: not applied on this desk yet (retried at the next start)', error));
    running.set(db, watch);
  }
  return watch;
}
