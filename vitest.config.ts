import { resolve } from 'node:path';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

/**
 * One vitest project per process folder under test/, so a failure names the process it
 * belongs to and each project can pick its own environment. Everything runs in Node:
 * renderer logic uses fake-indexeddb / RxDB memory storage, and a renderer test that
 * really needs a DOM opts in with `// @vitest-environment jsdom` at its top.
 * The e2e folders belong to Playwright, never to vitest.
 */
const alias = {
  '@shared': resolve(import.meta.dirname, 'shared'),
  '@renderer': resolve(import.meta.dirname, 'renderer/src'),
};

const e2eFolders = ['test/e2e/**', 'test/e2e-electron/**', 'node_modules/**', 'out/**'];

function project(name: string): TestProjectInlineConfiguration {
  return {
    extends: true,
    test: {
      name,
      environment: 'node',
      include: [`test/${name}/**/*.test.{ts,tsx}`],
      exclude: e2eFolders,
    },
  };
}

export default defineConfig({
  resolve: { alias },
  test: {
    // Two cores: more workers only thrash.
    maxWorkers: 2,
    // A test waits on real parts (PDF rendering and poppler, RxDB, a server process) on two
    // shared cores: 5 s fails a correct test on a busy machine. Timing is the benchmarks' job.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // A process folder may hold no tests yet while the tree grows; the totals line of
    // `npm test` still shows what ran.
    passWithNoTests: true,
    projects: ['shared', 'server', 'renderer', 'electron', 'tooling'].map(project),
  },
});
