import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { pdfEnginePlugin } from './renderer/src/pdf/engine/vite-plugin';

/**
 * `electron-vite dev` serves the page with no CSP header (its hot reload injects inline scripts and
 * styles), so the page's CSP <meta> is left out there too. Built pages keep it.
 */
const devWithoutCspMeta = {
  name: 'wasl-dev-without-csp-meta',
  apply: 'serve' as const,
  transformIndexHtml: (html: string) => html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
};

const alias = {
  '@shared': resolve(import.meta.dirname, 'shared'),
  '@renderer': resolve(import.meta.dirname, 'renderer/src'),
};

/**
 * Builds the three processes from the house folders. Nothing here needs the
 * Electron binary, so `npm run build` works on machines that cannot download it.
 */
export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'electron/main/index.ts') } },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        // A sandboxed preload cannot load ES modules.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'renderer'),
    resolve: { alias },
    // pdfEnginePlugin: module redirections for the PDF worker's pdfmake (renderer/src/pdf/engine).
    plugins: [react(), pdfEnginePlugin(), devWithoutCspMeta],
    worker: { format: 'es', plugins: () => [pdfEnginePlugin()] },
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'renderer/index.html') } },
    },
  },
});
