/// <reference types="vite/client" />
/**
 * RxDB plugins, added once per realm before the first database opens. The dev-mode plugin (schema
 * and query checks) is loaded only in development builds: it deep-freezes documents and runs
 * extra checks on every write, and its import is dropped from production bundles.
 */
import { addRxPlugin } from 'rxdb/plugins/core';
import { RxDBLocalDocumentsPlugin } from 'rxdb/plugins/local-documents';
import { RxDBMigrationSchemaPlugin } from 'rxdb/plugins/migration-schema';

let ready: Promise<void> | null = null;

export function ensurePlugins(): Promise<void> {
  ready ??= (async () => {
    addRxPlugin(RxDBLocalDocumentsPlugin);
    addRxPlugin(RxDBMigrationSchemaPlugin);
    if (import.meta.env.DEV) {
      const { RxDBDevModePlugin, disableWarnings } = await import('rxdb/plugins/dev-mode');
      // We know we are in dev mode; the banner adds nothing to a developer's console.
      disableWarnings();
      addRxPlugin(RxDBDevModePlugin);
    }
  })();
  return ready;
}

/** Development builds always validate, because dev-mode refuses a storage without a validator. */
export const DEV_MODE = import.meta.env.DEV;
