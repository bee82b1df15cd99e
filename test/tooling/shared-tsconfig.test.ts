import { join, resolve } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, test } from 'vitest';

/**
 * shared/ is pure TypeScript for every process: shared/tsconfig.json compiles it with the
 * ECMAScript library alone (no DOM, no Node types), so the compiler — not only the linter —
 * refuses window, document, localStorage, process or Buffer there. Probes are compiled with that
 * very configuration, as if they were files in shared/. (The real shared/ tree is compiled under it
 * by `npm run typecheck` and by `npm test`'s checks.)
 */
const root = resolve(import.meta.dirname, '../..');
const configPath = join(root, 'shared/tsconfig.json');

function sharedConfig(): ts.ParsedCommandLine {
  const read = ts.readConfigFile(configPath, (path) => ts.sys.readFile(path));
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, '\n'));
  return ts.parseJsonConfigFileContent(read.config, ts.sys, join(root, 'shared'), undefined, configPath);
}

const probes = {
  window: 'export const width = window.innerWidth;',
  document: "export const el = document.createElement('div');",
  localStorage: "export const saved = localStorage.getItem('x');",
  process: 'export const env = process.env;',
  Buffer: "export const bytes = Buffer.from('x');",
  fetch: "export const answer = fetch('https://example.org');",
  clean: [
    "export const bytes: Uint8Array = new TextEncoder().encode('x');",
    "export const text: string = atob(btoa('x'));",
    'export const copy = structuredClone({ a: 1 });',
    "export const host = new URL('https://example.org').hostname;",
  ].join('\n'),
};
type Probe = keyof typeof probes;

/**
 * The compiler's errors for each probe as a file of shared/ under shared/tsconfig.json (one
 * program for all of them: the libraries are read once).
 */
function probeErrors(): Record<Probe, string[]> {
  const config = sharedConfig();
  const fileOf = (name: string) => join(root, `shared/zz-tsconfig-probe-${name}.ts`);
  const byFile = new Map(Object.entries(probes).map(([name, code]) => [fileOf(name), code]));
  const host = ts.createCompilerHost(config.options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, ...rest) => {
    const code = byFile.get(resolve(name));
    return code === undefined ? getSourceFile(name, language, ...rest) : ts.createSourceFile(name, code, language);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => byFile.has(resolve(name)) || fileExists(name);
  const ambient = config.fileNames.filter((name) => name.includes('/shared/ambient/'));
  const program = ts.createProgram({ rootNames: [...byFile.keys(), ...ambient], options: config.options, host });
  const diagnostics = ts.getPreEmitDiagnostics(program);
  const errors = (name: string) =>
    diagnostics.filter((d) => d.file !== undefined && resolve(d.file.fileName) === fileOf(name)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  return Object.fromEntries(Object.keys(probes).map((name) => [name, errors(name)])) as Record<Probe, string[]>;
}

describe('shared/tsconfig.json', () => {
  test('has no DOM library and no ambient types', () => {
    const { options } = sharedConfig();
    expect(options.lib?.some((lib) => /dom/i.test(lib))).toBe(false);
    expect(options.types).toEqual([]);
  });

  let errors: Record<Probe, string[]>;
  beforeAll(() => {
    errors = probeErrors();
  });

  test.each(['window', 'document', 'localStorage', 'process', 'Buffer', 'fetch'] as const)('refuses %s', (name) => {
    expect(errors[name].join('\n')).toContain(`Cannot find name '${name}'`);
  });

  test('accepts the web-platform globals every runtime has', () => {
    expect(errors.clean).toEqual([]);
  });
});
