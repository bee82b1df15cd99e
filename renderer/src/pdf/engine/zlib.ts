/**
 * What pdfkit and png-js use of Node's zlib, over pako 1.0.11 — the same deflate that pdfmake's
 * browser build reaches through browserify-zlib, so the compressed streams are byte-identical to it,
 * without that polyfill's assert/util/stream baggage. The Vite plugin (vite-plugin.ts) points
 * pdfkit's `zlib` and png-js's `browserify-zlib` here.
 */
import pako from 'pako';

type Callback = (error: Error | null, result?: Buffer) => void;

const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

export function deflateSync(data: Uint8Array, options?: pako.DeflateOptions): Buffer {
  return asBuffer(pako.deflate(data, options));
}

export function inflateSync(data: Uint8Array): Buffer {
  return asBuffer(pako.inflate(data));
}

/** Node's callback form; the callback runs later, as Node's does. */
export function inflate(data: Uint8Array, callback: Callback): void {
  let result: Buffer;
  try {
    result = inflateSync(data);
  } catch (error) {
    queueMicrotask(() => callback(error instanceof Error ? error : new Error(String(error))));
    return;
  }
  queueMicrotask(() => callback(null, result));
}

export default { deflateSync, inflateSync, inflate };
