/**
 * `npm run bench` runs every benchmark in bench/; `npm run bench -- NAME [NAME…]` runs those.
 * A benchmark is bench/NAME.bench.mjs or bench/NAME/index.bench.mjs. Each runs in its own Node
 * process, writes bench/results/NAME.json and prints its table; this exits non-zero when a
 * benchmark crashes or misses a target.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const benchDir = import.meta.dirname;

function discover() {
  const found = new Map();
  for (const entry of readdirSync(benchDir, { withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.bench.mjs')) {
      found.set(entry.name.slice(0, -'.bench.mjs'.length), join(benchDir, entry.name));
    } else if (entry.isDirectory() && existsSync(join(benchDir, entry.name, 'index.bench.mjs'))) {
      found.set(entry.name, join(benchDir, entry.name, 'index.bench.mjs'));
    }
  }
  return found;
}

const all = discover();
const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !all.has(name));
if (unknown.length > 0) {
  console.error(`Unknown benchmark(s): ${unknown.join(', ')}. Known: ${[...all.keys()].join(', ')}`);
  process.exit(2);
}

const names = wanted.length > 0 ? wanted : [...all.keys()].sort();
const outcomes = [];
for (const name of names) {
  console.log(`\n== bench ${name} ==`);
  const { status } = spawnSync(process.execPath, [all.get(name)], { stdio: 'inherit' });
  outcomes.push({ name, status });
}

console.log('');
for (const { name, status } of outcomes) {
  console.log(`${name}: ${status === 0 ? 'pass' : status === 1 ? 'target missed' : `crashed (${status})`}`);
}
process.exit(outcomes.some((o) => o.status !== 0) ? 1 : 0);
