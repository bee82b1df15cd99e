/**
 * pdfmake for the PDF worker, built from its ES sources (pdfmake's own `esnext` entry) with the
 * module redirections of vite-plugin.ts. Imported only by pdf-worker.ts: the Node globals set by
 * node-globals.ts must exist before pdfkit runs, and only in the worker.
 */
import './node-globals';
import pdfmake from 'pdfmake/src/index.js';

export { create as createFont } from './fontkit-cache';
export default pdfmake;
