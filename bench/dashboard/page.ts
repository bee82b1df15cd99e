/**
 * Runs in Chromium (production build, the app's CSP): the dashboard's own worker computes every figure
 * over 100,000 requests, 20,000 cases and 50,000 survey answers (the worker's own time per compute),
 * and builds the XLSX of 100,000 request rows (the named list's sheet, as the screen exports it).
 */
import { DEFAULT_CASE_CLOCKS } from '../../shared/catalog/case-catalog';
import { seedHolidays } from '../../shared/calendar/seed-holidays';
import { HOLIDAY_SEED_YEARS } from '../../shared/catalog/holiday-catalog';
import { NO_FILTERS } from '../../shared/dashboard/figure-types';
import { monthPeriod, monthsEndingWith, type Month } from '../../shared/dashboard/period';
import { createDashboardClient } from '../../renderer/src/features/dashboard/data/dashboard-client';
import { namedListSheet, type Wording } from '../../renderer/src/features/dashboard/data/export-sheets';
import type { DocRef } from '../../renderer/src/features/dashboard/data/read-source';
import { generateCases, generateRequests, generateSurveys } from './generate';

const holidays = seedHolidays(HOLIDAY_SEED_YEARS);
const month: Month = { kind: 'gregorian', year: 2026, month: 3 };
const period = (m: Month) => {
  const p = monthPeriod(m);
  if (!p.ok) throw new Error('bad month');
  return p.value;
};

async function runDashboardBench({ requests, cases, surveys, rows }: { requests: number; cases: number; surveys: number; rows: number }) {
  const data = { requests: generateRequests(requests, holidays), cases: generateCases(cases), surveys: generateSurveys(surveys), visits: [], policy: null };
  const client = createDashboardClient();
  const l0 = performance.now();
  await client.load(data);
  const loadMs = performance.now() - l0;
  const query = {
    period: period(month), today: '2026-06-01', filters: NO_FILTERS, holidays, clocks: DEFAULT_CASE_CLOCKS,
    trend: monthsEndingWith(month, 6).map((m) => ({ label: `${m.kind}:${period(m).from}`, period: period(m) })),
  };
  const computeMs: number[] = [];
  const wallMs: number[] = [];
  let figures = 0;
  for (let i = 0; i < 6; i += 1) {
    const w0 = performance.now();
    const { dashboard, ms } = await client.compute({ ...query, filters: i % 2 === 0 ? NO_FILTERS : { ...NO_FILTERS, caseDimension: 'channel' } });
    wallMs.push(performance.now() - w0);
    computeMs.push(ms);
    figures = dashboard.figures.length;
  }
  const refs: DocRef[] = Array.from({ length: rows }, (_, i) => ({ kind: 'request', id: `r${i}`, number: `RYD1-R2026-${String(i).padStart(6, '0')}`, status: 'informed', unitId: 'social', date: `2026-03-${String((i % 28) + 1).padStart(2, '0')}` }));
  const wording: Wording = { rtl: true, t: (key) => key, groupLabel: (_k, g) => g, number: (v) => String(v), statusLabel: (ref) => ref.status, unitLabel: (u) => u };
  const x0 = performance.now();
  const { bytes, ms: workerXlsxMs } = await client.xlsx([namedListSheet(refs, wording)], 'bench', new Date('2026-03-31T09:00:00Z'));
  const xlsxMs = performance.now() - x0;
  const memory = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
  client.close();
  return { loadMs, computeMs, wallMs, figures, xlsxMs, workerXlsxMs, xlsxBytes: bytes.byteLength, pageHeapBytes: memory?.usedJSHeapSize ?? 0 };
}

Object.assign(globalThis, { runDashboardBench });
