/**
 * pdfmake for the PDF worker, built from its ES sources (pdfmake's own `esnext` entry) with the
 * module redirections of vite-plugin.ts. Imported only by pdf-worker.ts: the Node globals set by
 * node-globals.ts must exist before pdfkit runs, and only in the worker.
 */
import './node-globals';
import pdfmake from 'pdfmake/src/index.js';
// The module pdfmake's printer renders with (one ES module instance in the worker's bundle).
import Renderer from 'pdfmake/src/Renderer.js';
import { installReaderTextLayer } from '@shared/pdf/reader-text-layer';

// Readers get each line's logical text (policy: a copied name must find the file).
installReaderTextLayer(Renderer);

export { create as createFont } from './fontkit-cache';
export default pdfmake;
