/**
 * The bench's PostgreSQL: DATABASE_URL when set, else a throwaway cluster in /tmp (initdb +
 * pg_ctl as in .ci/run, fsync off: it is thrown away, durability only costs time here),
 * stopped and deleted by stop(). Run as root, the cluster belongs to the postgres user.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { connect } from 'node:net';

const PORT = Number(process.env.BENCH_PG_PORT ?? 55435);

function pgBin() {
  const versions = readdirSync('/usr/lib/postgresql').sort((a, b) => Number(a) - Number(b));
  if (versions.length === 0) throw new Error('bench sync: no PostgreSQL in /usr/lib/postgresql and no DATABASE_URL');
  return `/usr/lib/postgresql/${versions.at(-1)}/bin`;
}

function portInUse(port) {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

/** @returns {Promise<{ url: string, own: boolean, stop(): void }>} */
export async function startPostgres() {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, own: false, stop() {} };
  let port = PORT;
  while (await portInUse(port)) port += 1;
  const bin = pgBin();
  const asRoot = process.getuid?.() === 0;
  const run = (cmd, args) => execFileSync(asRoot ? 'runuser' : cmd, asRoot ? ['-u', 'postgres', '--', cmd, ...args] : args, { cwd: '/', stdio: 'pipe' });
  const dir = mkdtempSync('/tmp/wasl-bench-pg-');
  if (asRoot) chownSync(dir, Number(execFileSync('id', ['-u', 'postgres']).toString()), Number(execFileSync('id', ['-g', 'postgres']).toString()));
  const stop = () => {
    try { run(`${bin}/pg_ctl`, ['-D', dir, '-m', 'immediate', 'stop']); } catch { /* already stopped */ }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    run(`${bin}/initdb`, ['-D', dir, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--locale=C.UTF-8']);
    run(`${bin}/pg_ctl`, ['-D', dir, '-l', `${dir}/server.log`, '-w', '-o',
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`, 'start']);
  } catch (error) {
    stop();
    throw new Error(`bench sync: could not start PostgreSQL: ${error.stderr?.toString() ?? error}`, { cause: error });
  }
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, own: true, stop };
}
