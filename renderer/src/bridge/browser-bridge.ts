/**
 * The bridge of the browser build (no Electron preload): the same contract as window.wasl,
 * answered in the page. There is no main process to push events, so `on` never fires.
 */
import type { IpcChannel, IpcContract, WaslBridge } from '../../../shared/ipc/contract';
import { version } from '../../../package.json';
import { browserPrintPdf, browserSavePdf, downloadObjectUrl } from './browser-pdf-output';
import { BLIND_INDEX_LABEL, deleteSecretKey, deriveFromLabel, SECRET_LABEL, type SecretEnvironment } from './storage-secret';

type Handlers = { [C in IpcChannel]: (request: IpcContract[C]['request']) => Promise<IpcContract[C]['response']> };

export function createBrowserBridge(env?: Partial<SecretEnvironment>): WaslBridge {
  // One memo per label; a failed derivation is forgotten so the next call retries.
  const derived = new Map<string, Promise<string>>();
  const derive = (label: string): Promise<string> => {
    let pending = derived.get(label);
    if (!pending) {
      const attempt = deriveFromLabel(
        { indexedDB: env?.indexedDB ?? globalThis.indexedDB, crypto: env?.crypto ?? globalThis.crypto },
        label,
      );
      pending = attempt;
      derived.set(label, attempt);
      attempt.catch(() => {
        if (derived.get(label) === attempt) derived.delete(label);
      });
    }
    return pending;
  };
  const handlers: Handlers = {
    'app:get-info': async () => ({
      version,
      shell: 'browser',
      platform: globalThis.navigator?.platform || 'unknown',
    }),
    // The browser build has no native menu to translate.
    'app:set-locale': async () => undefined,
    'keys:get-storage-secret': async () => ({ secret: await derive(SECRET_LABEL), protection: 'webcrypto' }),
    'keys:get-blind-index-key': async () => ({ key: await derive(BLIND_INDEX_LABEL), protection: 'webcrypto' }),
    'keys:wipe': async () => {
      derived.clear();
      await deleteSecretKey(env?.indexedDB ?? globalThis.indexedDB);
      return { wiped: true };
    },
    'pdf:save': browserSavePdf,
    'pdf:print': browserPrintPdf,
    // The browser downloads the (encrypted) file; it has no folder of its own to write into on a schedule.
    'backup:save': async ({ fileName, bytes }) => {
      const url = URL.createObjectURL(new Blob([bytes.slice()], { type: 'application/octet-stream' }));
      downloadObjectUrl(url, fileName);
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return { outcome: 'saved', path: fileName };
    },
    'backup:get-folder': async () => ({ folder: null }),
    'backup:choose-folder': async () => ({ outcome: 'unsupported' }),
    'backup:write-to-folder': async () => ({ outcome: 'no-folder' }),
  };
  return {
    invoke(channel, request) {
      const handler = handlers[channel] as (r: typeof request) => ReturnType<Handlers[typeof channel]>;
      return handler(request);
    },
    on() {
      return () => {};
    },
  };
}
