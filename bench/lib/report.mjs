/**
 * Writes bench/results/NAME.json in the house format and prints the table:
 *   {"benchmark": NAME, "metrics": {"<metric>": {value, unit, target, better}}}
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const UNITS = ['ms', 's', 'docs/s', 'KB', 'MB', 'ratio', 'count'];

export function passes({ value, target, better }) {
  return better === 'lower' ? value <= target : value >= target;
}

function format(n) {
  return Number.isInteger(n) ? String(n) : n.toFixed(n < 10 ? 2 : 1);
}

export function printTable(name, metrics) {
  const rows = Object.entries(metrics).map(([metric, m]) => [
    metric, format(m.value), m.unit, `${m.better === 'lower' ? '<=' : '>='} ${format(m.target)}`, passes(m) ? 'pass' : 'FAIL',
  ]);
  const header = ['metric', 'value', 'unit', 'target', 'result'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells) => cells.map((c, i) => (i === 1 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ');
  console.log(`benchmark ${name}`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

/** Validates, writes and prints; returns true when every target is met. */
export function report(name, metrics) {
  for (const [metric, m] of Object.entries(metrics)) {
    if (!UNITS.includes(m.unit) || !Number.isFinite(m.value) || !Number.isFinite(m.target) || !['lower', 'higher'].includes(m.better)) {
      throw new Error(`bench ${name}: malformed metric ${metric}: ${JSON.stringify(m)}`);
    }
  }
  const dir = join(import.meta.dirname, '..', 'results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.json`);
  writeFileSync(file, `${JSON.stringify({ benchmark: name, metrics }, null, 2)}\n`);
  printTable(name, metrics);
  console.log(`wrote ${file}`);
  return Object.values(metrics).every(passes);
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
