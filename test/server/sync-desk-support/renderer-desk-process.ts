/**
 * A desk running the renderer's real code (database, search index, registry save, sync manager)
 * in its own process, driven over IPC like sync-support/desk-process.ts. The renderer's modules
 * use Vite's `import.meta.env` and path aliases, so they load through Vite's module runner.
 */
import { resolve } from 'node:path';
import { createServer, createServerModuleRunner } from 'vite';

type Request = { id: number; command: string; args: Record<string, unknown> };
type DeskModule = { handle(command: string, args: Record<string, unknown>): Promise<unknown> };

const root = resolve(import.meta.dirname, '../../..');
// The runner stays open for the life of the process: the desk's code imports lazily (plugins).
const vite = await createServer({
  configFile: false,
  root,
  logLevel: 'error',
  server: { middlewareMode: true, hmr: false, watch: null },
  resolve: { alias: { '@shared': resolve(root, 'shared'), '@renderer': resolve(root, 'renderer/src') } },
});
const runner = createServerModuleRunner(vite.environments.ssr, { hmr: false });
// DESK_MODULE: another set of commands in this folder (e.g. compensation-desk.ts); the registry's by default.
const module = (await runner.import(resolve(import.meta.dirname, process.env.DESK_MODULE ?? 'renderer-desk.ts'))) as DeskModule;

process.on('message', (message: Request) => {
  module.handle(message.command, message.args).then(
    (result) => process.send?.({ id: message.id, result }),
    (error: unknown) => process.send?.({ id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
process.send?.({ ready: true });
