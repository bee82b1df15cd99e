/**
 * Node's `fs` for pdfkit inside the worker: pdfmake's own in-memory virtual file system (the one
 * its browser build gives pdfkit too), so fonts written there are the only files there are.
 */
import virtualfs from 'pdfmake/src/virtual-fs.js';

export default virtualfs;
