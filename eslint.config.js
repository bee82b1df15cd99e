import { readdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { resolve } from 'node:path';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

/**
 * The import boundaries of ARCHITECTURE.md, enforced: shared/ is pure TypeScript, the
 * preload imports only electron and shared, the renderer never reaches into Node, Electron
 * or the server, the server never into the renderer or Electron, and renderer features
 * never import each other. Plus: no physical (left/right) styling in JSX, since every
 * screen runs in Arabic (RTL) and English (LTR).
 *
 * ESLint does not merge the options of one rule across config blocks (a later block
 * replaces them), so each block below builds its full no-restricted-imports list.
 */

const nodeBuiltins = builtinModules.filter((name) => !name.startsWith('_'));
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

const nodePatterns = [
  { regex: '^node:', message: 'Node built-ins are not allowed here.' },
  { regex: `^(${nodeBuiltins.map(escape).join('|')})(/|$)`, message: 'Node built-ins are not allowed here.' },
];
/** Relative or aliased imports that land in one of the given top-level folders. */
const folderPatterns = (folders, why) => [
  { regex: `^(\\.\\./)+(${folders.join('|')})(/|$)`, message: why },
  ...(folders.includes('renderer') ? [{ regex: '^@renderer(/|$)', message: why }] : []),
];
const restrictImports = (patterns, paths = []) => [
  'error',
  { paths: paths.map((name) => ({ name, message: `'${name}' is not allowed here.` })), patterns },
];

// --- shared/: pure TypeScript -------------------------------------------------------------
const sharedImports = restrictImports(
  [
    ...nodePatterns,
    { regex: '^(electron|react|react-dom|dexie|rxdb)(/|$)', message: 'shared/ is pure TypeScript: no Electron, React, Dexie or RxDB.' },
    ...folderPatterns(['electron', 'renderer', 'server'], 'shared/ may not import other top-level folders.'),
  ],
);
const browserAndNodeGlobals = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'process', 'Buffer', 'require', '__dirname', '__filename'].map(
  (name) => ({ name, message: `shared/ is pure TypeScript: '${name}' is not available to all processes; pass it in.` }),
);

// --- electron/preload: a sandboxed preload can load only 'electron' -----------------------
const preloadImports = restrictImports([
  {
    regex: '^(?!electron$|@shared/|\\./|\\.\\./\\.\\./shared/)',
    message: "The sandboxed preload may import only 'electron' and types/constants from shared/.",
  },
]);

// --- renderer: the browser build runs it without Node or Electron -------------------------
const rendererPatterns = [
  ...nodePatterns,
  { regex: '^electron(/|$)', message: 'The renderer talks to the main process only through the bridge (getBridge()).' },
  ...folderPatterns(['electron', 'server'], 'The renderer may not import electron/ or server/ code.'),
];

// --- renderer features never import each other ---------------------------------------------
/** One block per feature, forbidding imports of every other feature (exported for the lint tests). */
export function featureBoundaryBlocks(features) {
  return features.map((feature) => {
    const others = features.filter((other) => other !== feature).map(escape);
    const why = `Feature '${feature}' may not import another feature; move shared code to renderer/src (app, db, ui) or shared/.`;
    const patterns = others.length
      ? [
          { regex: `^(\\.\\./)+(features/)?(${others.join('|')})(/|$)`, message: why },
          { regex: `^@renderer/features/(${others.join('|')})(/|$)`, message: why },
        ]
      : [];
    return {
      name: `wasl/feature-${feature}`,
      files: [`renderer/src/features/${feature}/**/*.{ts,tsx}`],
      rules: { 'no-restricted-imports': restrictImports([...rendererPatterns, ...patterns]) },
    };
  });
}

// Read at config load, so a new feature folder is separated without editing this file.
function listFeatures() {
  try {
    return readdirSync(resolve(import.meta.dirname, 'renderer/src/features'), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
  } catch {
    return []; // No features folder yet: nothing to separate.
  }
}

// --- physical CSS in JSX ---------------------------------------------------------------------
const physicalKeys = '/^(marginLeft|marginRight|paddingLeft|paddingRight|left|right|margin-left|margin-right|padding-left|padding-right)$/';
const physicalJsx = [
  'error',
  {
    selector: 'JSXAttribute[name.name=/^(ml|mr|pl|pr)$/]',
    message: 'Physical spacing props break RTL: use ms/me/ps/pe.',
  },
  {
    selector: `JSXAttribute[name.name='style'] Property[key.name=${physicalKeys}]`,
    message: 'Physical style keys break RTL: use marginInlineStart, paddingInlineEnd, insetInlineStart…',
  },
  {
    selector: `JSXAttribute[name.name='style'] Property[key.value=${physicalKeys}]`,
    message: 'Physical style keys break RTL: use margin-inline-start, inset-inline-start…',
  },
  {
    selector: "JSXAttribute[name.name='style'] Property[key.name='textAlign'][value.value=/^(left|right)$/]",
    message: "text-align left/right breaks RTL: use 'start' or 'end'.",
  },
  {
    selector: "JSXAttribute[name.name='ta'][value.value=/^(left|right)$/]",
    message: "ta='left'/'right' breaks RTL: use 'start' or 'end'.",
  },
];

export default defineConfig(
  {
    ignores: ['out/**', 'dist/**', 'node_modules/**', 'bench/results/**', 'test-results/**', 'playwright-report/**', '.wasl-data/**'],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    name: 'wasl/base',
    languageOptions: { ecmaVersion: 2024, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Type-only imports vanish from the bundle; `typeof import('…')` stays allowed for dynamic imports in tests.
      '@typescript-eslint/consistent-type-imports': ['error', { disallowTypeAnnotations: false }],
    },
  },
  {
    name: 'wasl/shared',
    files: ['shared/**/*.{ts,tsx}'],
    languageOptions: { globals: {} },
    rules: { 'no-restricted-imports': sharedImports, 'no-restricted-globals': ['error', ...browserAndNodeGlobals] },
  },
  {
    name: 'wasl/preload',
    files: ['electron/preload/**/*.ts'],
    rules: { 'no-restricted-imports': preloadImports },
  },
  {
    name: 'wasl/renderer',
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      'no-restricted-imports': restrictImports(rendererPatterns),
      'no-restricted-syntax': physicalJsx,
    },
  },
  featureBoundaryBlocks(listFeatures()),
  {
    name: 'wasl/server',
    files: ['server/**/*.ts'],
    rules: {
      'no-restricted-imports': restrictImports(folderPatterns(['electron', 'renderer'], 'The server may not import renderer/ or electron/ code.')),
    },
  },
  {
    name: 'wasl/tests',
    files: ['test/**/*.{ts,tsx}', 'bench/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
