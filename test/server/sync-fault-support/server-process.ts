/**
 * The real server entry point (`server/main.ts`, as `npm run server` starts it) in its own
 * process, so a test can SIGKILL it and start it again on the same port over the same database.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../..');

export type ServerProcess = {
  readonly url: string;
  /** the running process's id (undefined once it exited) */
  readonly pid: number | undefined;
  readonly port: number;
  /** SIGKILL: no shutdown code runs, open transactions die with the connection */
  kill(): Promise<void>;
  /** starts again on the same port (after kill or stop) */
  restart(): Promise<void>;
  /** SIGTERM and wait */
  stop(): Promise<void>;
  output(): string;
};

export async function startServerProcess(options: { databaseUrl: string; schema: string; token: string; port?: number; env?: Record<string, string> }): Promise<ServerProcess> {
  let child: ChildProcess | null = null;
  let log = '';
  let port = options.port ?? 0;

  async function launch(): Promise<void> {
    const started = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
      cwd: root,
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_URL: options.databaseUrl, DATABASE_SCHEMA: options.schema, DEV_TOKEN: options.token, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = started;
    started.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
    await new Promise<void>((ready, fail) => {
      const timer = setTimeout(() => fail(new Error(`server did not start in 60 s:\n${log}`)), 60_000);
      started.stdout?.on('data', (chunk: Buffer) => {
        log += chunk.toString();
        const listening = /Wasl sync server on https?:\/\/[^\s:]+:(\d+)/.exec(log);
        if (listening) {
          clearTimeout(timer);
          port = Number(listening[1]);
          ready();
        }
      });
      started.once('exit', (code) => {
        clearTimeout(timer);
        fail(new Error(`server exited with ${code} before listening:\n${log}`));
      });
    });
    started.removeAllListeners('exit');
  }

  async function signal(name: NodeJS.Signals): Promise<void> {
    const running = child;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise((done) => running.once('exit', done));
    running.kill(name);
    await exited;
  }

  await launch();
  return {
    get url() {
      return `http://127.0.0.1:${port}`;
    },
    get port() {
      return port;
    },
    get pid() {
      return child?.exitCode === null && child.signalCode === null ? child.pid : undefined;
    },
    kill: () => signal('SIGKILL'),
    async restart() {
      await signal('SIGTERM');
      log = '';
      await launch();
    },
    stop: () => signal('SIGTERM'),
    output: () => log,
  };
}
