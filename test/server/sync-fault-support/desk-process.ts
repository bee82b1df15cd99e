/**
 * A fault-matrix desk in its own process (RxDB's free tier opens 13 collections per JS realm),
 * running the renderer's real code through Vite's module runner (import.meta.env, path aliases)
 * and driven over IPC by ../sync-support/desk-rpc.ts.
 *
 * The process clock can be moved (the 'clock' command): Date and Date.now are replaced before
 * any desk code loads, so everything on the desk — updatedAt stamps, RxDB's own write times,
 * the sync manager — sees the wrong time, as on a desk whose clock is off.
 */
import { resolve } from 'node:path';
import { createServer, createServerModuleRunner } from 'vite';

type Request = { id: number; command: string; args: Record<string, unknown> };
type Clock = { setOffset(ms: number): void };
type DeskModule = { handle(command: string, args: Record<string, unknown>, clock: Clock): Promise<unknown> };

const RealDate = Date;
let offsetMs = 0;
class ShiftedDate extends RealDate {
  constructor(...args: unknown[]) {
    // new Date() reads the shifted clock; any other form is a given instant, unchanged.
    super(...((args.length === 0 ? [RealDate.now() + offsetMs] : args) as [number]));
  }
  static override now(): number {
    return RealDate.now() + offsetMs;
  }
}
globalThis.Date = ShiftedDate as DateConstructor;
const clock: Clock = { setOffset: (ms) => (offsetMs = ms) };

const root = resolve(import.meta.dirname, '../../..');
const vite = await createServer({
  configFile: false,
  root,
  logLevel: 'error',
  server: { middlewareMode: true, hmr: false, ws: false, watch: null },
  resolve: { alias: { '@shared': resolve(root, 'shared'), '@renderer': resolve(root, 'renderer/src') } },
});
const runner = createServerModuleRunner(vite.environments.ssr, { hmr: false });
const module = (await runner.import(resolve(import.meta.dirname, 'fault-desk.ts'))) as DeskModule;

process.on('message', (message: Request) => {
  module.handle(message.command, message.args, clock).then(
    (result) => process.send?.({ id: message.id, result }),
    (error: unknown) => process.send?.({ id: message.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
process.send?.({ ready: true });
