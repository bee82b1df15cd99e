/**
 * The next case number and minute number on this desk (shared/numbers/human-number.ts): the sequence
 * continues from the highest this desk has seen, synced ones included. Minute numbers live inside the
 * encrypted compensation part, so they are read from the (few) compensation cases, not an index.
 */
import { formatHumanNumber, humanNumberPrefix, humanNumberYear, nextHumanSequence } from '@shared/numbers/human-number';
import type { CompensationDeps } from './deps';

export async function nextCompensationCaseNumber(deps: Pick<CompensationDeps, 'db' | 'desk' | 'now'>): Promise<string> {
  const year = humanNumberYear(deps.now().getTime());
  const prefix = humanNumberPrefix('case', deps.desk.deskCode, year);
  const highest = await deps.db.cases.find({ selector: { caseNumber: { $gte: prefix, $lt: `${prefix}\uffff` } }, sort: [{ caseNumber: 'desc' }], limit: 5 }).exec();
  const sequence = nextHumanSequence('case', highest.map((doc) => doc.caseNumber), deps.desk.deskCode, year);
  return formatHumanNumber('case', { deskCode: deps.desk.deskCode, year, sequence });
}

export async function nextMinuteNumber(deps: Pick<CompensationDeps, 'db' | 'desk' | 'now'>): Promise<string> {
  const year = humanNumberYear(deps.now().getTime());
  const docs = await deps.db.cases.find({ selector: { kind: 'compensation' } }).exec();
  const seen = docs.map((doc) => doc.compensation?.minuteNumber ?? '').filter((n) => n !== '');
  const sequence = nextHumanSequence('minute', seen, deps.desk.deskCode, year);
  return formatHumanNumber('minute', { deskCode: deps.desk.deskCode, year, sequence });
}
