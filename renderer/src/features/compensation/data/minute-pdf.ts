/**
 * The minute PDF: the stored case becomes the plain input of shared/compensation/minute-document.ts and
 * the PDF worker lays it out (kind 'minute'), then the shell prints or saves it; every output is audited.
 */
import { getBridge } from '@renderer/bridge/bridge';
import { renderPdf } from '@renderer/pdf/render-pdf';
import { appendAudit } from '@renderer/stores/audit-log';
import { approvalOf } from '@shared/compensation/minute-approval';
import type { MinuteDocumentInput } from '@shared/compensation/minute-document';
import type { CaseDoc } from '@shared/db/schemas/case.schema';
import type { CompensationDeps } from './deps';
import { formatAmount } from './amount';

const DECISION = { approve: 'موافقة', object: 'اعتراض' } as const;
const STATE = { approved: 'معتمد', rejected: 'معترض عليه', pending: 'بانتظار الاعتماد' } as const;
/** A Riyadh wall-clock time (UTC+3, no daylight saving), as the paper shows it. */
const riyadh = (at: string) => new Date(Date.parse(at) + 3 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

export function minuteDocumentInput(doc: CaseDoc, nameOf: (id: string) => string, associationName: string): MinuteDocumentInput | null {
  const part = doc.compensation;
  const minute = part?.minute;
  if (!part || !minute) return null;
  const approval = approvalOf(minute, part.decisions);
  return {
    associationName, minuteNumber: part.minuteNumber, caseNumber: doc.caseNumber, version: minute.version, date: minute.date,
    present: minute.presentIds.map(nameOf), harm: minute.harm, size: minute.size, causes: minute.causes, decision: minute.decision,
    amount: formatAmount(minute.amount), state: STATE[approval.state], hash: minute.hash,
    decisions: minute.requiredIds.map((id) => {
      const decision = part.decisions[id];
      const counts = decision && decision.hash === minute.hash;
      return { name: nameOf(id), decision: counts ? DECISION[decision.decision] : 'لم يقرر بعد', at: counts ? riyadh(decision.at) : '', reason: counts ? decision.reason : '' };
    }),
  };
}

export async function outputMinute(deps: CompensationDeps, doc: CaseDoc, input: MinuteDocumentInput, output: 'print' | 'save'): Promise<void> {
  const blob = await renderPdf('minute', input);
  const request = { fileName: `minute-${input.minuteNumber}-v${input.version}.pdf`, bytes: new Uint8Array(await blob.arrayBuffer()) };
  if (output === 'print') await getBridge().invoke('pdf:print', request);
  else if ((await getBridge().invoke('pdf:save', request)).outcome === 'cancelled') return;
  await appendAudit(deps.db, { actorId: deps.actor.id, action: `compensation.minute-${output}`, entity: 'cases', entityId: doc.id, deskId: deps.desk.deskId }, deps.now());
}
