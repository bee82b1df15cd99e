import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { isPlainObject } from './deep-equal';

/**
 * How a conflict record (shared/db/schemas/conflict.schema.ts) keeps a value of any type in an
 * encrypted string field, and how a resolution puts it back at its dotted path.
 */

/** '' stands for "no value" (the field was absent), so absent and null stay distinct. */
export function encodeConflictValue(value: unknown): string {
  return value === undefined ? '' : JSON.stringify(value);
}

export function decodeConflictValue(text: string): unknown {
  return text === '' ? undefined : (JSON.parse(text) as unknown);
}

/**
 * The same conflict seen again (the conflict handler retried after a crash, a replayed push)
 * gets the same id, so it is recorded once. Shaped like a uuid: ids are at most 36 characters.
 */
export function conflictIdOf(collection: string, documentId: string, field: string, mine: unknown, theirs: unknown): string {
  const text = [collection, documentId, field, encodeConflictValue(mine), encodeConflictValue(theirs)].join('\u0000');
  const hex = bytesToHex(sha256(utf8ToBytes(text)));
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function getAtPath(doc: Record<string, unknown>, path: string): unknown {
  let current: unknown = doc;
  for (const key of path.split('.')) {
    if (!isPlainObject(current)) return undefined;
    current = current[key];
  }
  return current;
}

/** A copy of `doc` with the value at `path` replaced (undefined removes it). */
export function setAtPath(doc: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
  const [key = '', ...rest] = path.split('.');
  const copy: Record<string, unknown> = { ...doc };
  if (rest.length === 0) {
    if (value === undefined) delete copy[key];
    else copy[key] = value;
    return copy;
  }
  const child = isPlainObject(copy[key]) ? (copy[key] as Record<string, unknown>) : {};
  copy[key] = setAtPath(child, rest.join('.'), value);
  return copy;
}

/** A conflict record's two stored values: the recording desk's (`mine`) and the server's (`theirs`). */
export type ConflictSide = 'mine' | 'theirs';

/**
 * How a desk reads a conflict record that may have been recorded elsewhere: which stored value
 * is its own and which the other desk's. `here` says why: the desk recorded the conflict, or
 * wrote the server's value, or neither (a third desk; the server's value is the one the file
 * holds now).
 */
export type ConflictSides = { own: ConflictSide; other: ConflictSide; here: 'recorded' | 'wrote-server-value' | 'neither' };

export function conflictSidesFor(record: { mineDeskId: string; theirsDeskId: string }, viewingDeskId: string): ConflictSides {
  if (record.mineDeskId === viewingDeskId) return { own: 'mine', other: 'theirs', here: 'recorded' };
  if (record.theirsDeskId === viewingDeskId) return { own: 'theirs', other: 'mine', here: 'wrote-server-value' };
  return { own: 'theirs', other: 'mine', here: 'neither' };
}
