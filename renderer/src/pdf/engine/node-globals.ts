/**
 * The two Node globals pdfkit and its stream polyfill use at run time, set in the PDF worker only
 * (imported first by pdfmake-engine.ts). These are the values pdfmake's own webpack browser build
 * provides: the npm `buffer` package as Buffer, a process whose nextTick is a microtask, and
 * webpack's browser mock of __dirname ('/', read by pdfmake's virtual file system).
 */
// eslint-disable-next-line no-restricted-imports -- the npm 'buffer' polyfill, not Node's built-in
import { Buffer } from 'buffer';

type Task = (...args: unknown[]) => void;

const processShim = {
  browser: true,
  env: {},
  versions: {},
  nextTick(task: Task, ...args: unknown[]): void {
    queueMicrotask(() => task(...args));
  },
};

// Only where the realm has none (a test in Node keeps its own).
for (const [name, value] of Object.entries({ Buffer, process: processShim, __dirname: '/' })) {
  if (Reflect.get(globalThis, name) === undefined) Reflect.set(globalThis, name, value);
}

export {};
