/** The sync bench page: exposes the in-browser steps to the Node side (index.bench.mjs). */
import { cipherCost, fetchOnly, initialSync, rawBulkPut } from './page-initial';
import { arrival, closeDesk, docId, openDesk, watchFor, writeFile } from './page-propagation';

Object.assign(globalThis, { syncBench: { initialSync, fetchOnly, rawBulkPut, cipherCost, openDesk, watchFor, arrival, writeFile, docId, closeDesk } });
