/**
 * The verification screen's check of a printed minute (`<minute number>-<12 hex>`): find the version the
 * code names (current or past), recompute its content hash from what is stored, and say whether it still
 * matches and whether the committee approved it. Only someone who may see the case learns anything of it.
 */
import { approvalOf, minuteHash, type Minute } from '@shared/compensation/minute-approval';
import { SHORT_MINUTE_HASH } from '@shared/compensation/minute-document';
import { parseHumanNumber, formatHumanNumber } from '@shared/numbers/human-number';
import { normalizeDigits, stripInvisible } from '@shared/registry/text-normalize';
import type { CaseDoc, CompensationPart } from '@shared/db/schemas/case.schema';
import type { CompensationDeps } from './deps';
import { readCompensation } from './compensation-write';

export type MinuteCheck =
  | { status: 'not-found' }
  | { status: 'tampered' }
  | { status: 'valid'; approved: boolean; current: boolean; doc: CaseDoc; minute: Minute };

/** The minute code's parts, or null when the text is not one (so the declaration check takes it). */
export function parseMinuteCode(text: string): { minuteNumber: string; prefix: string } | null {
  const clean = normalizeDigits(stripInvisible(text.normalize('NFKC'))).trim().replace(/[\u2010-\u2015\u2212]/g, '-').replace(/\s+/g, '').toUpperCase();
  const match = /^(.+)-([0-9A-F]{12})$/.exec(clean);
  const parts = match ? parseHumanNumber('minute', match[1] ?? '') : null;
  if (!match || !parts) return null;
  return { minuteNumber: formatHumanNumber('minute', parts), prefix: (match[2] ?? '').toLowerCase().slice(0, SHORT_MINUTE_HASH) };
}

export async function verifyMinute(deps: Pick<CompensationDeps, 'db' | 'actor'>, text: string): Promise<MinuteCheck | null> {
  const code = parseMinuteCode(text);
  if (!code) return null;
  for (const stored of await deps.db.cases.find({ selector: { kind: 'compensation' } }).exec()) {
    const doc = await readCompensation(deps, stored.id);
    const part = doc?.compensation;
    if (!doc || !part || part.minuteNumber !== code.minuteNumber) continue;
    const versions: { minute: Minute; decisions: CompensationPart['decisions']; current: boolean }[] = [
      ...part.pastMinutes.map((past) => ({ minute: past.minute, decisions: Object.fromEntries(past.decisions.map(({ memberId, ...d }) => [memberId, d])), current: false })),
      ...(part.minute ? [{ minute: part.minute, decisions: part.decisions, current: true }] : []),
    ];
    const named = versions.find((version) => version.minute.hash.startsWith(code.prefix));
    if (!named) return { status: 'tampered' };
    if (minuteHash(doc.id, part.minuteNumber, named.minute.version, named.minute) !== named.minute.hash) return { status: 'tampered' };
    return { status: 'valid', approved: approvalOf(named.minute, named.decisions).state === 'approved', current: named.current, doc, minute: named.minute };
  }
  return { status: 'not-found' };
}
