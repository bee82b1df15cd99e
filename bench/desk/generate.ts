/**
 * Synthetic requests and contacts for the desk bench (no real person's data): one request per file
 * of bench/search's generator, two logged contacts per request, spread over the two years before
 * TODAY with a seeded PRNG. Only the requests of the last weeks still run a reply clock (15 working
 * days, policy 3.3f), as at a counter taking ~130 requests a day: ~3 % of them, the rest informed,
 * closed or withdrawn; so the due lists show a few hundred rows out of 100,000.
 */
import { addDays, type IsoDate } from '../../shared/calendar/iso-date';
import { dueDate } from '../../shared/calendar/working-days';
import type { HolidayRange } from '../../shared/calendar/holidays';
import type { InteractionDoc } from '../../shared/db/schemas/interaction.schema';
import type { RequestDoc } from '../../shared/db/schemas/request.schema';
import { formatHumanNumber } from '../../shared/numbers/human-number';
import type { RequestStatus } from '../../shared/intake/request-status';
import { prng } from '../lib/prng';

export const TODAY: IsoDate = '2026-06-01' as IsoDate;
const SPAN_DAYS = 730;
/** Requests completed within these last days may still be open (the clock is 15 working days). */
const OPEN_WINDOW_DAYS = 28;
const UNITS = ['social', 'housing', 'health', 'education'];
const RUNNING: readonly RequestStatus[] = ['awaiting-signature', 'signed', 'referred', 'under-study', 'approved', 'rejected'];
const DONE: readonly RequestStatus[] = ['informed', 'closed', 'closed', 'withdrawn'];

const hex = (n: number) => n.toString(16).padStart(12, '0');
export const requestId = (i: number) => `00000000-0000-4000-9000-${hex(i)}`;
const interactionId = (i: number, k: number) => `00000000-0000-4000-a00${k}-${hex(i)}`;

function statusOf(daysAgo: number, random: () => number): RequestStatus {
  if (daysAgo <= OPEN_WINDOW_DAYS && random() < 0.75) return RUNNING[Math.floor(random() * RUNNING.length)] ?? 'referred';
  return DONE[Math.floor(random() * DONE.length)] ?? 'closed';
}

/** The i-th request, of the i-th file (`beneficiaryId`). */
export function generateRequests(beneficiaryIds: readonly string[], holidays: readonly HolidayRange[], seed = 11): RequestDoc[] {
  const random = prng(seed);
  const dues = new Map<string, IsoDate>();
  const due = (date: IsoDate) => dues.get(date) ?? (dues.set(date, dueDate(date, holidays)), dues.get(date) as IsoDate);
  return beneficiaryIds.map((beneficiaryId, i) => {
    // Spread evenly over the span (a counter's steady load), jittered so dates repeat unevenly.
    const daysAgo = Math.max(0, Math.floor(((beneficiaryIds.length - i) / beneficiaryIds.length) * SPAN_DAYS + random() * 2 - 1));
    const completion = addDays(TODAY, -daysAgo);
    const status = statusOf(daysAgo, random);
    const at = `${completion}T08:00:00.000Z`;
    const unitId = UNITS[i % UNITS.length] ?? 'social';
    return {
      id: requestId(i),
      requestNumber: formatHumanNumber('request', { deskCode: 'RYD1', year: Number(completion.slice(0, 4)), sequence: i + 1 }),
      beneficiaryId,
      requestType: {
        id: 'monthly-aid', version: 1, nameAr: 'مساعدة شهرية', nameEn: 'Monthly aid', unitId,
        requirements: [{ id: 'income', kind: 'field', labelAr: 'الدخل الشهري', labelEn: 'Monthly income', required: true }],
      },
      status,
      unitId,
      completionDate: completion,
      dueDate: due(completion),
      decision: null,
      declarationSigned: status !== 'awaiting-signature',
      history: [{ from: 'draft', to: 'awaiting-signature', by: 'bench-staff', at, completionDate: completion, dueDate: due(completion) }],
      checklist: { income: { provided: true, value: String(1000 + Math.floor(random() * 9000)), note: '', files: [] } },
      notes: 'طلب مساعدة شهرية للأسرة',
      createdAt: at,
      createdBy: 'bench-staff',
      updatedAt: at,
      updatedBy: 'bench-staff',
      deskId: 'bench',
    } as RequestDoc;
  });
}

/** Two contacts per request: the call that booked the visit and the notice of the outcome. */
export function generateInteractions(requests: readonly RequestDoc[]): InteractionDoc[] {
  return requests.flatMap((request, i) =>
    [0, 1].map((k): InteractionDoc => {
      const at = `${request.completionDate ?? TODAY}T${k === 0 ? '09' : '12'}:00:00.000Z`;
      return {
        id: interactionId(i, k), beneficiaryId: request.beneficiaryId, requestId: request.id, channel: 'phone', subChannel: 'call',
        direction: k === 0 ? 'inbound' : 'outbound', subject: k === 0 ? 'استفسار عن الطلب' : 'إبلاغ بنتيجة الطلب',
        summary: 'تواصل مع المستفيد بخصوص الطلب ومتطلباته', staffId: 'bench-staff', at, kind: 'contact',
        updatedAt: at, updatedBy: 'bench-staff', deskId: 'bench',
      };
    }),
  );
}
