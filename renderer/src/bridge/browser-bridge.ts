/**
 * The bridge of the browser build (no Electron preload): the same contract as window.wasl,
 * answered in the page. There is no main process to push events, so `on` never fires.
 */
import type { IpcChannel, IpcContract, WaslBridge } from '../../../shared/ipc/contract';
import { version } from '../../../package.json';
import { deriveStorageSecret, type SecretEnvironment } from './storage-secret';

type Handlers = { [C in IpcChannel]: (request: IpcContract[C]['request']) => Promise<IpcContract[C]['response']> };

export function createBrowserBridge(env?: Partial<SecretEnvironment>): WaslBridge {
  let secret: Promise<string> | null = null;
  const handlers: Handlers = {
    'app:get-info': async () => ({
      version,
      shell: 'browser',
      platform: globalThis.navigator?.platform || 'unknown',
    }),
    // The browser build has no native menu to translate.
    'app:set-locale': async () => undefined,
    'keys:get-storage-secret': async () => {
      if (!secret) {
        const attempt = deriveStorageSecret({
          indexedDB: env?.indexedDB ?? globalThis.indexedDB,
          crypto: env?.crypto ?? globalThis.crypto,
        });
        secret = attempt;
        attempt.catch(() => {
          if (secret === attempt) secret = null;
        });
      }
      return { secret: await secret, protection: 'webcrypto' };
    },
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
