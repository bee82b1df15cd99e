/**
 * Build configuration for the PDF worker's engine (a Vite plugin; no pdfmake or pdfkit code is
 * changed). The worker bundles pdfmake from its published ES sources (pdfmake/src) with pdfkit's
 * ES build instead of pdfmake's prebuilt browser bundle, so that pdfkit's imports can be pointed
 * at browser modules the way pdfmake's own webpack build points them at polyfills:
 *   fontkit → engine/fontkit-cache.ts (fonts parsed once, shaping memoised across documents)
 *   zlib, browserify-zlib → engine/zlib.ts (pako, as browserify-zlib uses)
 *   stream → stream-browserify; fs → pdfmake's virtual file system (engine/fs.ts)
 *   events, buffer → the npm polyfills of those names
 * Only imports made from pdfkit, pdfmake, png-js and sax (pdfmake's SVG reader) are redirected; the rest of the app is not
 * affected. Used by electron.vite.config.ts (renderer) and by the bench/test page builds.
 */
import type { Plugin } from 'vite';

const here = (file: string): string => decodeURIComponent(new URL(file, import.meta.url).pathname);

const ENGINE_PACKAGES = /[\\/]node_modules[\\/](pdfkit|pdfmake|png-js|sax)[\\/]/;

const REDIRECTS: Record<string, string> = {
  fontkit: here('./fontkit-cache.ts'),
  zlib: here('./zlib.ts'),
  'browserify-zlib': here('./zlib.ts'),
  fs: here('./fs.ts'),
};

/** Packages resolved from this folder (the app's own dependencies), not Node's built-ins. */
const POLYFILLS: Record<string, string> = { stream: 'stream-browserify', events: 'events', buffer: 'buffer' };

export function pdfEnginePlugin(): Plugin {
  return {
    name: 'wasl-pdf-engine',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer || !ENGINE_PACKAGES.test(importer)) return null;
      const redirect = REDIRECTS[source];
      if (redirect) return redirect;
      const polyfill = POLYFILLS[source];
      if (polyfill) return this.resolve(polyfill, REDIRECTS.fontkit, { skipSelf: true });
      return null;
    },
  };
}
