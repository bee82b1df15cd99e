import { formatHumanNumber, humanNumberPrefix, humanNumberYear, nextHumanSequence } from '@shared/numbers/human-number';
import type { WaslDatabase } from './database';

/**
 * The serialized() key of every write that hands out file numbers (a file saved at the counter,
 * a batch of an import): one at a time on this desk, so two never take the same number.
 */
export const FILE_NUMBER_WRITES = 'beneficiaries:file-numbers';

/**
 * The next file numbers of this desk for this year: after the highest the desk has seen (its own
 * files and synced ones, all in the collection), read through the fileNumber index: numbers of one
 * desk and year share a prefix and the 6-digit sequence sorts as text. The few highest are read,
 * not one, so a malformed synced value cannot hide the real highest; a 7-digit sequence (a
 * millionth file in one year) would sort wrongly, which no desk reaches.
 */
export async function nextFileNumbers(db: WaslDatabase, deskCode: string, nowMs: number, count: number): Promise<string[]> {
  const year = humanNumberYear(nowMs);
  const prefix = humanNumberPrefix('file', deskCode, year);
  const highest = await db.beneficiaries
    .find({ selector: { fileNumber: { $gte: prefix, $lt: `${prefix}\uffff` } }, sort: [{ fileNumber: 'desc' }], limit: 5 })
    .exec();
  const first = nextHumanSequence('file', highest.map((doc) => doc.fileNumber), deskCode, year);
  return Array.from({ length: count }, (_, i) => formatHumanNumber('file', { deskCode, year, sequence: first + i }));
}

/** The next file number of this desk for this year. */
export async function nextFileNumber(db: WaslDatabase, deskCode: string, nowMs: number): Promise<string> {
  const [number] = await nextFileNumbers(db, deskCode, nowMs, 1);
  if (number === undefined) throw new Error('No file number');
  return number;
}
