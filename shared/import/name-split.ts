/**
 * A full name from one column, split into the registry's four parts (first, father,
 * grandfather, family). The name is kept as given (policy 3.1, accurate data): words are never
 * dropped or respelled, only grouped, so the parts joined read exactly like the cell.
 *
 * Grouping: a word that cannot stand alone takes the next one with it (عبد الله, أبو بكر,
 * بن سعد, آل سعود). Three groups are first, father and family (no grandfather on record); more
 * than four put the rest into the family name (آل الشيخ, a double family name).
 */
import { cleanTextInput } from '../registry/text-normalize';

/** Words that lead a compound: the next word belongs to them. */
const LEADING = new Set(['عبد', 'ابو', 'أبو', 'بن', 'ابن', 'بنت', 'آل', 'ال', 'ام', 'أم']);

export interface SplitName {
  first: string;
  father: string;
  grandfather: string;
  family: string;
}

/** The parts of a full name, or null when it holds fewer than three groups (not a full name). */
export function splitFullName(input: string): SplitName | null {
  const words = cleanTextInput(input).split(' ').filter((word) => word !== '');
  const groups: string[] = [];
  for (let i = 0; i < words.length; i++) {
    let group = words[i] ?? '';
    while (LEADING.has(words[i] ?? '') && i + 1 < words.length) group += ` ${words[++i] ?? ''}`;
    groups.push(group);
  }
  if (groups.length < 3) return null;
  const [first = '', father = ''] = groups;
  if (groups.length === 3) return { first, father, grandfather: '', family: groups[2] ?? '' };
  return { first, father, grandfather: groups[2] ?? '', family: groups.slice(3).join(' ') };
}
