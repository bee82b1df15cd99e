import { combineLatest, map, of, type Observable } from 'rxjs';

/**
 * One live query per value, as one list. RxDB reads a `$in` as the index range from its smallest
 * to its largest value, which can hold nearly the whole collection (the open statuses span
 * 'closed'; two random uuids span a third of the ids on average): at 100,000 documents every one
 * of them is read and decrypted to keep a few. An `$eq` per value reads exact ranges only.
 */
export function watchEach<V, T extends { id: string }>(values: readonly V[], query: (value: V) => Observable<T[]>): Observable<T[]> {
  if (values.length === 0) return of([]);
  return combineLatest(values.map(query)).pipe(map(asOneList));
}

/**
 * In primary-key order, each document once, as the `$in` it replaces gave them: callers' stable
 * sorts break ties by that order, and a document moving between two watched values (a request
 * from one open status to another) can be in both lists until the second query emits.
 */
function asOneList<T extends { id: string }>(lists: T[][]): T[] {
  const byId = new Map<string, T>();
  for (const doc of lists.flat()) byId.set(doc.id, doc);
  return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
