/**
 * Runs the 50-desk load (load-desks.ts) in a child Node process against a running server and
 * sums it up: percentiles of push, pull and both together (the metric is over both), and where the
 * machine's CPU went meanwhile, by process (the load generator shares the server's cores here).
 */
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { startCpuCount } from '../lib/cpu-by-process.mjs';

const repo = resolve(import.meta.dirname, '..', '..');

export function percentile(values, p) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summary(samples) {
  const ms = samples.map((s) => s.ms);
  return { count: ms.length, p50: percentile(ms, 50), p95: percentile(ms, 95), p99: percentile(ms, 99), max: Math.max(...ms), docs: samples.reduce((n, s) => n + s.docs, 0) };
}

/**
 * @param {{ serverUrl: string, token: string, desks: number, docsPerSecond: number, warmupSeconds: number, seconds: number, startSeq: number }} cfg
 */
export async function runLoad(cfg) {
  const cpu = startCpuCount();
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/sync/load-desks.ts', JSON.stringify(cfg)], { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk) => (out += chunk.toString()));
  child.stderr.on('data', (chunk) => (err += chunk.toString()));
  const code = await new Promise((done) => child.once('exit', done));
  const cpuShare = cpu.stop();
  if (code !== 0) throw new Error(`bench sync: load generator exited ${code}:\n${err}`);
  if (err.trim()) console.error(err.trim());
  const result = JSON.parse(out.trim().split('\n').at(-1));
  const { samples } = result;
  return {
    failures: result.failures,
    written: result.written,
    pulled: result.pulled,
    streamed: result.streamed,
    steadyMs: result.steadyMs,
    cpu: cpuShare,
    all: summary(samples),
    push: summary(samples.filter((s) => s.kind === 'push')),
    pull: summary(samples.filter((s) => s.kind === 'pull')),
    // p99 of each 5 s of the steady run: a slow start and a slow steady state read differently
    windows: Array.from({ length: Math.ceil(result.steadyMs / 5000) }, (_, i) => summary(samples.filter((s) => s.at >= i * 5000 && s.at < (i + 1) * 5000)).p99),
  };
}
