/**
 * Files registered twice: two desks offline can each register the same person (the counter's own
 * check only sees its desk). After sync, every file with the same national ID as another — both
 * still open, neither merged — makes a pair for a person to review on the merge screen.
 */

/** What the rule reads of a file: its id, a key equal for equal national IDs, whether it is merged. */
export interface DuplicateKeyed {
  readonly id: string;
  /** The national ID itself, or a keyed hash of it; '' when unknown (never matches). */
  readonly key: string;
  /** Set once the file was merged into another: it is no longer a candidate. */
  readonly mergedInto?: string | undefined;
}

/** Two files, ids in ascending order, so a pair reads the same from either side. */
export type DuplicatePair = readonly [string, string];

/**
 * Every pair of open files sharing a key, ordered by their first then second id; a file listed
 * twice counts once. Three files with one ID give three pairs: each merge is one decision.
 */
export function findDuplicatePairs(files: readonly DuplicateKeyed[]): DuplicatePair[] {
  const groups = new Map<string, Set<string>>();
  for (const file of files) {
    if (file.key === '' || (file.mergedInto ?? '') !== '') continue;
    const group = groups.get(file.key) ?? new Set<string>();
    group.add(file.id);
    groups.set(file.key, group);
  }
  const pairs: DuplicatePair[] = [];
  for (const group of groups.values()) {
    const ids = [...group].sort();
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) pairs.push([ids[i] ?? '', ids[j] ?? '']);
    }
  }
  return pairs.sort((a, b) => compare(a[0], b[0]) || compare(a[1], b[1]));
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A stable key for a pair (either order). */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
