import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

/**
 * shared/ is pure TypeScript for every process: shared/tsconfig.json compiles it with the
 * ECMAScript library alone (no DOM, no Node types), so the compiler — not only the linter —
 * refuses window, document, localStorage, process or Buffer there. Probes are compiled with that
 * very configuration, as if they were files in shared/; then the real shared/ tree.
 */
const root = resolve(import.meta.dirname, '../..');
const configPath = join(root, 'shared/tsconfig.json');

function sharedConfig(): ts.ParsedCommandLine {
  const read = ts.readConfigFile(configPath, (path) => ts.sys.readFile(path));
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'));
  return ts.parseJsonConfigFileContent(read.config, ts.sys, join(root, 'shared'), undefined, configPath);
}

/** The compiler's errors for `code` as a file of shared/ under shared/tsconfig.json. */
function probeErrors(code: string): string[] {
  const config = sharedConfig();
  const probe = join(root, 'shared/zz-tsconfig-probe.ts');
  const host = ts.createCompilerHost(config.options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, ...rest) =>
    resolve(name) === probe ? ts.createSourceFile(name, code, language) : getSourceFile(name, language, ...rest);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => resolve(name) === probe || fileExists(name);
  const ambient = config.fileNames.filter((name) => name.includes('/shared/ambient/'));
  const program = ts.createProgram({ rootNames: [probe, ...ambient], options: config.options, host });
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file !== undefined && resolve(d.file.fileName) === probe)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

describe('shared/tsconfig.json', () => {
  test('has no DOM library and no ambient types', () => {
    const { options } = sharedConfig();
    expect(options.lib?.some((lib) => /dom/i.test(lib))).toBe(false);
    expect(options.types).toEqual([]);
  });

  test.each([
    ['window', 'export const width = window.innerWidth;'],
    ['document', "export const el = document.createElement('div');"],
    ['localStorage', "export const saved = localStorage.getItem('x');"],
    ['process', 'export const env = process.env;'],
    ['Buffer', "export const bytes = Buffer.from('x');"],
    ['fetch itself', "export const answer = fetch('https://example.org');"],
  ])('refuses %s', (name, code) => {
    expect(probeErrors(code).join('\n')).toContain(`Cannot find name '${name === 'fetch itself' ? 'fetch' : name}'`);
  });

  test('accepts the web-platform globals every runtime has', () => {
    const code = [
      "export const bytes: Uint8Array = new TextEncoder().encode('x');",
      "export const text: string = atob(btoa('x'));",
      'export const copy = structuredClone({ a: 1 });',
      "export const host = new URL('https://example.org').hostname;",
    ].join('\n');
    expect(probeErrors(code)).toEqual([]);
  });

  test('the real shared/ tree compiles under it', { timeout: 120_000 }, () => {
    const config = sharedConfig();
    const program = ts.createProgram({ rootNames: config.fileNames, options: config.options });
    const errors = ts.getPreEmitDiagnostics(program).map((d) => {
      const where = d.file ? `${d.file.fileName}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1} ` : '';
      return where + ts.flattenDiagnosticMessageText(d.messageText, '\n');
    });
    expect(errors).toEqual([]);
  });
});
