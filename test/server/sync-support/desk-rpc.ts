import { fork, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

/** Starts desk-process.ts in a child Node process (through tsx) and calls it. */
export type RemoteDesk = {
  call<T = unknown>(command: string, args?: Record<string, unknown>): Promise<T>;
  stop(): Promise<void>;
};

const root = resolve(import.meta.dirname, '../../..');

export async function startRemoteDesk(name: string, serverUrl: string, token: string, script = resolve(import.meta.dirname, 'desk-process.ts'), env: Record<string, string> = {}): Promise<RemoteDesk> {
  const child: ChildProcess = fork(script, [], {
    cwd: root,
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, DESK_NAME: name, SERVER_URL: serverUrl, SYNC_TOKEN: token, ...env },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  let nextId = 1;
  await new Promise<void>((ready, fail) => {
    child.once('error', fail);
    child.once('exit', (code) => fail(new Error(`desk ${name} exited with ${code} before it was ready`)));
    child.on('message', (message: { ready?: boolean; id?: number; result?: unknown; error?: string }) => {
      if (message.ready) return ready();
      const waiter = message.id === undefined ? undefined : pending.get(message.id);
      if (!waiter || message.id === undefined) return;
      pending.delete(message.id);
      if (message.error) waiter.reject(new Error(`desk ${name}: ${message.error}`));
      else waiter.resolve(message.result);
    });
  });
  child.removeAllListeners('exit');
  child.on('exit', () => {
    for (const waiter of pending.values()) waiter.reject(new Error(`desk ${name} exited`));
    pending.clear();
  });
  return {
    call<T>(command: string, args: Record<string, unknown> = {}) {
      const id = nextId++;
      return new Promise<T>((resolveCall, reject) => {
        pending.set(id, { resolve: resolveCall as (value: unknown) => void, reject });
        child.send({ id, command, args });
      });
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    },
  };
}
