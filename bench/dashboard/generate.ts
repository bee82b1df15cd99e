/**
 * Synthetic documents for the dashboard bench (no real person's data): requests with their reply
 * rounds, cases with pauses and resolutions, survey answers, spread over 2025–2026 with a seeded PRNG.
 */
import { dueDate } from '../../shared/calendar/working-days';
import type { HolidayRange } from '../../shared/calendar/holidays';
import type { CaseFacts } from '../../shared/dashboard/case-figures';
import type { RequestFacts } from '../../shared/dashboard/request-figures';
import type { SurveyAnswerFacts } from '../../shared/dashboard/survey-visit-figures';
import { prng } from '../lib/prng';

const UNITS = ['social', 'housing', 'health', 'education', 'follow-up'];
const KINDS = ['complaint', 'inquiry', 'suggestion', 'dispute', 'technical-support'] as const;
const CHANNELS = ['phone', 'email', 'website', 'in-person', 'fax'];
const CATEGORIES = ['service-delay', 'information', 'staff-conduct', 'eligibility'];
const START = Date.UTC(2025, 0, 1);
const DAY = 86_400_000;

const iso = (ms: number): string => new Date(ms).toISOString();
const day = (ms: number): string => iso(ms).slice(0, 10);

export function generateRequests(count: number, holidays: readonly HolidayRange[], seed = 1): RequestFacts[] {
  const random = prng(seed);
  const dues = new Map<string, string>();
  const due = (date: string) => dues.get(date) ?? (dues.set(date, dueDate(date, holidays)), dues.get(date) as string);
  return Array.from({ length: count }, (_, i) => {
    const completed = START + Math.floor(random() * 540) * DAY + 6 * 3_600_000;
    const unit = UNITS[i % UNITS.length] as string;
    const history: RequestFacts['history'][number][] = [
      { from: 'draft', to: 'awaiting-signature', at: iso(completed), completionDate: day(completed), dueDate: due(day(completed)) },
      { from: 'signed', to: 'referred', at: iso(completed + DAY), unitId: UNITS[(i + 1) % UNITS.length] as string },
    ];
    if (random() < 0.8) history.push({ from: 'approved', to: 'informed', at: iso(completed + Math.floor(random() * 30) * DAY) });
    return { id: `r${i}`, requestType: { unitId: unit }, history };
  });
}

export function generateCases(count: number, seed = 2): CaseFacts[] {
  const random = prng(seed);
  return Array.from({ length: count }, (_, i) => {
    const started = START + Math.floor(random() * 540) * DAY + 7 * 3_600_000;
    const paused = random() < 0.3;
    const resolved = random() < 0.7 ? started + Math.floor(5 + random() * 20) * DAY : null;
    const officer = `officer-${i % 25}`;
    const history = [
      { from: 'received', to: 'assigned', by: 's', at: iso(started + DAY), officerId: officer },
      { from: 'assigned', to: 'in-progress', by: 's', at: iso(started + DAY) },
      ...(resolved ? [{ from: 'in-progress', to: 'resolved', by: 's', at: iso(resolved) }, { from: 'resolved', to: 'closed', by: 's', at: iso(resolved + 2 * DAY) }] : []),
    ] as CaseFacts['history'];
    return {
      id: `c${i}`, kind: KINDS[i % KINDS.length] as CaseFacts['kind'], category: CATEGORIES[i % CATEGORIES.length] as string,
      channel: CHANNELS[i % CHANNELS.length] as string, unitId: UNITS[i % UNITS.length] as string, officerId: officer, history,
      startedAt: iso(started), pauses: paused ? [{ from: iso(started + 2 * DAY), to: iso(started + 4 * DAY) }] : [],
      acknowledgedAt: iso(started + DAY), source: i % 7 === 0 ? 'web' : 'desk', resolution: resolved ? { resolvedAt: iso(resolved) } : null,
    };
  });
}

export function generateSurveys(count: number, seed = 3): SurveyAnswerFacts[] {
  const random = prng(seed);
  return Array.from({ length: count }, (_, i) => ({
    id: `a${i}`, at: iso(START + Math.floor(random() * 540) * DAY), score: Math.round(random() * 100),
    unitId: UNITS[i % UNITS.length] as string,
  }));
}
