/**
 * Where the machine's CPU went during a measured step, by process (Linux /proc): the desk's
 * renderer, Chromium's browser process (IndexedDB's backend runs there), its other helpers, the
 * sync server, PostgreSQL, the simulated desks' load generator, and the rest. Said as a share of
 * one core (100 % = one core busy for the whole step), so a bench on a 2-core machine can tell
 * "waiting on a saturated machine" from "waiting on one thread".
 */
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';

const TICKS_PER_SECOND = 100;

/**
 * Every process's CPU ticks (user + system) with its command line, keyed by pid and start time (a
 * pid the kernel hands out again is another process).
 */
function snapshot() {
  const byProcess = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The name is in parentheses and may hold spaces: the fields after its closing one are fixed.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ticks = Number(fields[11]) + Number(fields[12]);
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ');
      byProcess.set(`${entry}:${fields[19]}`, { ticks, cmdline });
    } catch {
      // The process ended between the listing and the read.
    }
  }
  return byProcess;
}

/** The group a process's work counts under. */
function groupOf(cmdline) {
  if (/chrom/i.test(cmdline)) {
    if (cmdline.includes('--type=renderer')) return 'chromium renderer';
    if (cmdline.includes('--type=')) return 'chromium helpers';
    return 'chromium browser (IndexedDB)';
  }
  if (/postgres/.test(cmdline)) return 'postgresql';
  if (cmdline.includes('server/main.ts')) return 'sync server';
  if (cmdline.includes('load-desks')) return 'load generator';
  if (/node/.test(cmdline)) return 'node (bench, tools)';
  return 'other';
}

/**
 * Starts counting; the returned stop() gives each group's share of one core over the interval.
 * Sampled every second as well, so a process that ends during the step (the load generator) keeps
 * what it spent up to its last second.
 */
export function startCpuCount() {
  const before = snapshot();
  const lastSeen = new Map(before);
  const sample = () => {
    // An exited process not yet reaped reads an empty command line: it keeps the one it had.
    for (const [key, now] of snapshot()) lastSeen.set(key, { ticks: now.ticks, cmdline: now.cmdline || lastSeen.get(key)?.cmdline || '' });
  };
  const sampler = setInterval(sample, 1000);
  // A step that throws before stop() must not keep the bench process alive.
  sampler.unref();
  const t0 = performance.now();
  return {
    stop() {
      clearInterval(sampler);
      sample();
      const seconds = (performance.now() - t0) / 1000;
      const groups = {};
      for (const [key, now] of lastSeen) {
        const spent = now.ticks - (before.get(key)?.ticks ?? 0);
        if (spent <= 0) continue;
        const group = groupOf(now.cmdline);
        groups[group] = (groups[group] ?? 0) + spent;
      }
      const share = Object.fromEntries(Object.entries(groups).map(([group, ticks]) => [group, Math.round((ticks / TICKS_PER_SECOND / seconds) * 100)]).sort((a, b) => b[1] - a[1]));
      const total = Object.values(share).reduce((sum, value) => sum + value, 0);
      return { seconds, cores: cpus().length, share, total };
    },
  };
}

/** One line: "busy 183 % of 200 %: chromium renderer 81 %, …". */
export function describeCpu({ share, total, cores }) {
  return `CPU busy ${total} % of ${cores * 100} %: ${Object.entries(share).map(([group, value]) => `${group} ${value} %`).join(', ')}`;
}
