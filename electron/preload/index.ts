/**
 * The sandboxed preload: exposes exactly one object, `window.wasl`, derived from the IPC contract.
 * Only contract channels pass; the renderer never sees ipcRenderer.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNELS, IPC_EVENT_CHANNELS, type WaslBridge } from '../../shared/ipc/contract';

const allowed = new Set<string>(IPC_CHANNELS);
const allowedEvents = new Set<string>(IPC_EVENT_CHANNELS);

const bridge: WaslBridge = {
  invoke(channel, request) {
    if (!allowed.has(channel)) return Promise.reject(new Error(`Unknown channel ${String(channel)}`));
    return ipcRenderer.invoke(channel, request);
  },
  on(channel, listener) {
    if (!allowedEvents.has(channel)) throw new Error(`Unknown event ${String(channel)}`);
    const handler = (_event: Electron.IpcRendererEvent, payload: Parameters<typeof listener>[0]) => listener(payload);
    ipcRenderer.on(channel, handler);
    return () => ipcRenderer.removeListener(channel, handler);
  },
};

contextBridge.exposeInMainWorld('wasl', bridge);
