/**
 * How search hits rank (search-index-query.ts finds them): every query word must match a token of
 * the file's name, an exact word scoring 2 and a prefix 1; then by file number.
 */
import type { IndexEntry } from './search-index-store';

export interface SearchHit {
  id: string;
  fileNumber: string;
  fullName: string;
  score: number;
}

/** Score of an entry for the query words, or 0 when a word matches none of its tokens. */
export function scoreEntry(entry: Pick<IndexEntry, 'tokens'>, words: readonly string[]): number {
  let score = 0;
  for (const word of words) {
    if (entry.tokens.includes(word)) score += 2;
    else if (entry.tokens.some((token) => token.startsWith(word))) score += 1;
    else return 0;
  }
  return score;
}

/** Higher score first, then file number. */
export const byRank = (a: SearchHit, b: SearchHit): number =>
  b.score - a.score || (a.fileNumber < b.fileNumber ? -1 : a.fileNumber > b.fileNumber ? 1 : 0);

export function toHit(entry: IndexEntry, score: number): SearchHit {
  return { id: entry.id, fileNumber: entry.fileNumber, fullName: entry.fullName, score };
}

/** Scores, drops non-matches, sorts (unless `keepOrder`: already ranked by the index) and cuts. */
export function rank(entries: readonly IndexEntry[], words: readonly string[], limit: number, keepOrder = false): SearchHit[] {
  const hits: SearchHit[] = [];
  for (const entry of entries) {
    const score = scoreEntry(entry, words);
    if (score > 0) hits.push(toHit(entry, score));
  }
  return (keepOrder ? hits : hits.sort(byRank)).slice(0, limit);
}
