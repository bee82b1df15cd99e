import type { WaslBridge } from '../../../shared/ipc/contract';
import { createBrowserBridge } from './browser-bridge';

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in the browser build. */
    wasl?: WaslBridge;
  }
}

let browserBridge: WaslBridge | null = null;

/**
 * True in the browser build (no preload bridge): its at-rest key lives in the browser profile beside the data
 * (storage-secret.ts), so the shell tells staff it does not protect against a copied profile (policy 6b).
 */
export function isBrowserBuild(): boolean {
  return typeof window === 'undefined' || !window.wasl;
}

/** window.wasl in the desktop app, else the browser implementation (created once). */
export function getBridge(): WaslBridge {
  const fromPreload = typeof window === 'undefined' ? undefined : window.wasl;
  if (fromPreload) return fromPreload;
  browserBridge ??= createBrowserBridge();
  return browserBridge;
}
