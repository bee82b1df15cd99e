import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import stylelint from 'stylelint';
import { beforeAll, describe, expect, test } from 'vitest';
// @ts-expect-error -- plain-JS config module without type declarations
import { featureBoundaryBlocks } from '../../eslint.config.js';

/**
 * Proves each boundary rule of eslint.config.js / stylelint.config.mjs fires on a violating
 * snippet and stays quiet on a clean one, using the real configs through the Node APIs.
 */
const root = resolve(import.meta.dirname, '../..');

// Two made-up features: the per-feature blocks are built for them the same way the config
// builds them for the real folders, and linted files need not exist (lintText + filePath).
const featureA = 'zz-lint-probe-a';
const featureB = 'zz-lint-probe-b';

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root, overrideConfig: featureBoundaryBlocks([featureA, featureB]) });
});

async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return (result?.messages ?? []).filter((message) => message.severity === 2).map((message) => message.ruleId ?? 'fatal');
}

describe('eslint boundaries', () => {
  test('shared/ may not import Node built-ins', async () => {
    expect(await ruleIds("import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", 'shared/probe.ts')).toContain('no-restricted-imports');
    expect(await ruleIds("import { join } from 'path';\nexport const x = join;\n", 'shared/probe.ts')).toContain('no-restricted-imports');
  });

  test('shared/ may not import electron, react, rxdb or other folders', async () => {
    for (const source of ['electron', 'react', 'rxdb/plugins/core', 'dexie', '../renderer/src/main', '@renderer/app/app', '../server/web/serve-renderer']) {
      expect(await ruleIds(`import { a } from '${source}';\nexport const x = a;\n`, 'shared/probe.ts'), source).toContain('no-restricted-imports');
    }
  });

  test('shared/ may not use window or document', async () => {
    expect(await ruleIds('export const width = window.innerWidth;\n', 'shared/probe.ts')).toContain('no-restricted-globals');
    expect(await ruleIds("export const el = document.createElement('div');\n", 'shared/probe.ts')).toContain('no-restricted-globals');
  });

  test('a clean shared module passes', async () => {
    const clean = "import type { Locale } from '@shared/i18n/locale';\nexport const isArabic = (locale: Locale): boolean => locale === 'ar';\n";
    expect(await ruleIds(clean, 'shared/probe.ts')).toEqual([]);
  });

  test('a renderer feature may not import another feature', async () => {
    const file = `renderer/src/features/${featureA}/probe.ts`;
    expect(await ruleIds(`import { probe } from '../${featureB}';\nexport const x = probe;\n`, file)).toContain('no-restricted-imports');
    expect(await ruleIds(`import { probe } from '@renderer/features/${featureB}/index';\nexport const x = probe;\n`, file)).toContain('no-restricted-imports');
    // Its own files, shared/ and the app's common folders are fine.
    expect(await ruleIds(`import { probe } from './index';\nimport type { Locale } from '@shared/i18n/locale';\nexport const x: [number, Locale] = [probe, 'ar'];\n`, file)).toEqual([]);
    // The feature rules keep the general renderer rules (ESLint replaces, not merges, rule options).
    expect(await ruleIds("import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n", file)).toContain('no-restricted-imports');
  });

  test('the config separates every real feature folder without a hand-written list', async () => {
    const dir = join(root, 'renderer/src/features');
    let real: string[] = [];
    try {
      real = readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);
    } catch {
      // No features yet.
    }
    const plain = new ESLint({ cwd: root });
    for (const feature of real) {
      const config = (await plain.calculateConfigForFile(join(dir, feature, 'probe.ts'))) as { rules: Record<string, unknown> };
      const others = real.filter((other) => other !== feature);
      const text = JSON.stringify(config.rules['no-restricted-imports']);
      for (const other of others) expect(text, `${feature} -> ${other}`).toContain(other);
    }
  });

  test('the renderer may not import electron, node:* or electron/ and server/ code', async () => {
    for (const source of ['electron', 'node:fs', '../../electron/main/window', '../../server/web/serve-renderer']) {
      expect(await ruleIds(`import { a } from '${source}';\nexport const x = a;\n`, 'renderer/src/probe.ts'), source).toContain('no-restricted-imports');
    }
  });

  test('the preload may import only electron and shared/', async () => {
    expect(await ruleIds("import { contextBridge } from 'electron';\nimport { IPC_CHANNELS } from '@shared/ipc/contract';\nexport const x = [contextBridge, IPC_CHANNELS];\n", 'electron/preload/probe.ts')).toEqual([]);
    expect(await ruleIds("import { z } from 'rxjs';\nexport const x = z;\n", 'electron/preload/probe.ts')).toContain('no-restricted-imports');
  });

  test('the server may not import renderer/ or electron/ code', async () => {
    expect(await ruleIds("import { a } from '../../renderer/src/main';\nexport const x = a;\n", 'server/web/probe.ts')).toContain('no-restricted-imports');
  });

  test('physical spacing in JSX is refused; logical passes', async () => {
    const file = 'renderer/src/probe.tsx';
    expect(await ruleIds('export const A = () => <div ml={4} />;\n', file)).toContain('no-restricted-syntax');
    expect(await ruleIds('export const A = () => <div style={{ marginLeft: 4 }} />;\n', file)).toContain('no-restricted-syntax');
    expect(await ruleIds("export const A = () => <div style={{ textAlign: 'right' }} />;\n", file)).toContain('no-restricted-syntax');
    expect(await ruleIds("export const A = () => <div ms={4} style={{ marginInlineStart: 4, textAlign: 'start' }} />;\n", file)).toEqual([]);
  });
});

describe('stylelint logical CSS', () => {
  async function cssErrors(code: string): Promise<number> {
    const { results } = await stylelint.lint({ code, codeFilename: join(root, 'renderer/src/probe.module.css'), cwd: root });
    return results[0]?.warnings.length ?? -1;
  }

  test('margin-left fails, margin-inline-start passes', async () => {
    expect(await cssErrors('.box { margin-left: 4px; }\n')).toBeGreaterThan(0);
    expect(await cssErrors('.box { text-align: right; }\n')).toBeGreaterThan(0);
    expect(await cssErrors('.box { margin-inline-start: 4px; text-align: start; }\n')).toBe(0);
  });
});

describe('the real tree', () => {
  test('eslint . has no errors', { timeout: 120_000 }, async () => {
    const results = await new ESLint({ cwd: root }).lintFiles(['.']);
    const errors = results.flatMap((result) =>
      result.messages.filter((m) => m.severity === 2).map((m) => `${result.filePath}:${m.line} ${m.ruleId ?? ''} ${m.message}`),
    );
    expect(errors).toEqual([]);
  });
});
