/**
 * The dashboard's fixture (synthetic): March 2026 (Sunday 1 – Tuesday 31), Tuesday 10 and Wednesday 11
 * March off. Every expected figure in dashboard-figures.test.ts is counted by hand from these documents.
 */
import type { HolidayRange } from '@shared/calendar/holidays';
import { dueDate } from '@shared/calendar/working-days';
import type { CaseFacts } from '@shared/dashboard/case-figures';
import type { RequestFacts } from '@shared/dashboard/request-figures';
import type { PolicyFacts, SurveyAnswerFacts, VisitFacts } from '@shared/dashboard/survey-visit-figures';

export const HOLIDAYS: HolidayRange[] = [{ id: 'h1', nameAr: 'إجازة', nameEn: 'Holiday', start: '2026-03-10', end: '2026-03-11', kind: 'other' }];

/** 09:00 in Riyadh on a day of 2026 ('03-24'). */
export const at = (monthDay: string, hour = 9): string => `2026-${monthDay}T${String(hour - 3).padStart(2, '0')}:00:00Z`;

const completed = (date: string) => ({ from: 'draft', to: 'awaiting-signature', by: 's', at: `${date}T06:00:00Z`, completionDate: date, dueDate: dueDate(date, HOLIDAYS) });
const move = (from: string, to: string, monthDay: string, extra: Record<string, string> = {}) => ({ from, to, by: 's', at: at(monthDay), ...extra });
const request = (id: string, history: RequestFacts['history']): RequestFacts => ({ id, requestType: { unitId: 'social' }, history });

/** Completed Sunday 1 March: the 15th working day is Tuesday 24 March (the holidays skipped). */
export const REQUESTS: RequestFacts[] = [
  request('r1-day15', [completed('2026-03-01'), move('awaiting-signature', 'referred', '03-02'), move('approved', 'informed', '03-24')]),
  request('r2-day16', [completed('2026-03-01'), move('approved', 'informed', '03-25')]),
  request('r3-overdue', [completed('2026-03-01'), move('signed', 'referred', '03-02', { unitId: 'housing' })]),
  request('r4-feb', [completed('2026-02-10'), move('approved', 'informed', '03-05')]),
  request('r5-running', [{ ...completed('2026-03-20'), unitId: 'housing' }]),
  request('r6-withdrawn', [completed('2026-03-02'), move('signed', 'withdrawn', '03-05')]),
  request('r7-draft', []),
];

const kase = (fields: Partial<CaseFacts> & Pick<CaseFacts, 'id' | 'kind' | 'startedAt'>): CaseFacts => ({
  category: 'service-delay', channel: 'phone', unitId: 'follow-up', officerId: '', history: [], pauses: [], acknowledgedAt: null,
  source: 'desk', resolution: null, ...fields,
});

export const CASES: CaseFacts[] = [
  // Paused 3–8 March (4, 5 and 8 not counted): resolved 12 March after 7 − 3 = 4 working days; closed by the 16th.
  kase({
    id: 'c1-resolved', kind: 'complaint', startedAt: at('03-01'), acknowledgedAt: at('03-02'), officerId: 'o1',
    pauses: [{ from: at('03-03'), to: at('03-08') }], resolution: { resolvedAt: at('03-12') },
    history: [
      move('received', 'assigned', '03-02', { officerId: 'o1' }), move('assigned', 'in-progress', '03-02'), move('in-progress', 'waiting-for-complainant', '03-03'),
      move('waiting-for-complainant', 'in-progress', '03-08'), move('in-progress', 'resolved', '03-12'), move('resolved', 'informed', '03-15'), move('informed', 'closed', '03-16'),
    ] as CaseFacts['history'],
  }),
  // 20 working days to 31 March, 10 of them paused (16–29 March): the 10th counted day is the 31st itself, not overdue.
  kase({
    id: 'c2-paused', kind: 'complaint', startedAt: at('03-01'), acknowledgedAt: at('03-01', 11), officerId: 'o1', channel: 'email',
    pauses: [{ from: at('03-15'), to: at('03-29') }],
    history: [move('received', 'assigned', '03-01', { officerId: 'o1' }), move('assigned', 'in-progress', '03-01'), move('in-progress', 'waiting-for-complainant', '03-15'), move('waiting-for-complainant', 'in-progress', '03-29')] as CaseFacts['history'],
  }),
  // An inquiry (5 working days) running since 1 March: overdue.
  kase({
    id: 'c3-overdue', kind: 'inquiry', startedAt: at('03-01'), acknowledgedAt: at('03-02'), officerId: 'o2', category: 'information',
    history: [move('received', 'assigned', '03-02', { officerId: 'o2' }), move('assigned', 'in-progress', '03-02')] as CaseFacts['history'],
  }),
  // From the website link, nobody has acknowledged it (3.5a).
  kase({ id: 'c4-web', kind: 'complaint', startedAt: at('03-25'), source: 'web', channel: 'website' }),
  kase({ id: 'c5-april', kind: 'complaint', startedAt: at('04-02') }),
  kase({
    id: 'c6-february', kind: 'complaint', startedAt: at('02-01'), acknowledgedAt: at('02-02'), resolution: { resolvedAt: at('02-18') },
    history: [move('received', 'assigned', '02-02', { officerId: 'o1' }), move('assigned', 'resolved', '02-18'), move('resolved', 'closed', '02-20')] as CaseFacts['history'],
  }),
];

export const SURVEYS: SurveyAnswerFacts[] = [
  { id: 'a1', at: at('03-03'), score: 80, unitId: 'social' },
  { id: 'a2', at: at('03-17'), score: 60, unitId: 'social' },
  { id: 'a3', at: at('03-31', 20), score: 100, unitId: 'housing' },
  { id: 'a6', at: at('03-05'), score: 40, unitId: 'social' },
  { id: 'a7', at: at('03-06'), score: 70, unitId: 'social' },
  // February has one answer: too few to report an index (under 5).
  { id: 'a4', at: at('02-10'), score: 50, unitId: 'social' },
  // 00:30 on 1 April in Riyadh is 21:30 UTC on 31 March: April there, so not in March's index.
  { id: 'a5', at: '2026-04-01T00:30:00+03:00', score: 0, unitId: 'social' },
];

export const VISITS: VisitFacts[] = [
  { id: 'v1', visitType: 'partner', plannedDate: '2026-03-10', doneAt: at('03-12'), cancelledAt: null, actions: [{ openedAt: at('03-12'), closedAt: null }] },
  { id: 'v2', visitType: 'partner', plannedDate: '2026-03-20', doneAt: null, cancelledAt: null, actions: [{ openedAt: at('03-01'), closedAt: at('03-20') }] },
  { id: 'v3', visitType: 'partner', plannedDate: '2026-04-05', doneAt: null, cancelledAt: null, actions: [] },
  { id: 'v4', visitType: 'home', plannedDate: '2026-03-15', doneAt: null, cancelledAt: at('03-14'), actions: [] },
];

const version = (v: number, publishedAt: string) => ({
  documentKey: 'beneficiary-relations', version: v, titleAr: 'سياسة', titleEn: 'Policy', textAr: 'نص', textEn: 'Text', roles: [],
  material: true, hash: `hash-${v}`, publishedAt, publishedBy: 'admin',
});
const ack = (staffId: string, v: number, when: string) => ({ staffId, documentKey: 'beneficiary-relations', version: v, hash: `hash-${v}`, at: when });

/** Version 2 (material) published 20 March: s1 signed it, s2 only version 1, s4 only in April, s3 is inactive. */
export const POLICY: PolicyFacts = {
  staff: ['s1', 's2', 's3', 's4'].map((id) => ({ id, displayName: id, roles: ['receptionist'], active: id !== 's3' })),
  versions: [version(1, at('01-01')), version(2, at('03-20'))],
  acks: [ack('s1', 2, at('03-22')), ack('s2', 1, at('01-05')), ack('s3', 2, at('03-22')), ack('s4', 2, at('04-02'))],
};
