import { formatHumanNumber, humanNumberPrefix, humanNumberYear, nextHumanSequence } from '@shared/numbers/human-number';
import type { WaslDatabase } from '@renderer/db/database';

/**
 * The next file number of this desk for this year: one more than the highest the desk has
 * seen (its own files and synced ones, all in the collection), read through the fileNumber
 * index: numbers of one desk and year share a prefix and the 6-digit sequence sorts as text.
 * The few highest are read, not one, so a malformed synced value cannot hide the real highest;
 * a 7-digit sequence (a millionth file in one year) would sort wrongly, which no desk reaches.
 */
export async function nextFileNumber(db: WaslDatabase, deskCode: string, nowMs: number): Promise<string> {
  const year = humanNumberYear(nowMs);
  const prefix = humanNumberPrefix('file', deskCode, year);
  const highest = await db.beneficiaries
    .find({ selector: { fileNumber: { $gte: prefix, $lt: `${prefix}\uffff` } }, sort: [{ fileNumber: 'desc' }], limit: 5 })
    .exec();
  const sequence = nextHumanSequence('file', highest.map((doc) => doc.fileNumber), deskCode, year);
  return formatHumanNumber('file', { deskCode, year, sequence });
}
