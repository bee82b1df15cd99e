import type { WaslBridge } from '../../../shared/ipc/contract';
import { createBrowserBridge } from './browser-bridge';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in the browser build. */
    wasl?: WaslBridge;
  }
}

let browserBridge: WaslBridge | null = null;

/** window.wasl in the desktop app, else the browser implementation (created once). */
export function getBridge(): WaslBridge {
  const fromPreload = typeof window === 'undefined' ? undefined : window.wasl;
  if (fromPreload) return fromPreload;
  browserBridge ??= createBrowserBridge();
  return browserBridge;
}
