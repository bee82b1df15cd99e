import { combineLatest, map, of, type Observable } from 'rxjs';

/**
 * One live query per value, as one list. RxDB reads a `$in` as the index range from its smallest
 * to its largest value, which can hold nearly the whole collection (the open statuses span
 * 'closed'; two random uuids span a third of the ids on average): at 100,000 documents every one
 * of them is read and decrypted to keep a few. An `$eq` per value reads exact ranges only.
 */
export function watchEach<V, T>(values: readonly V[], query: (value: V) => Observable<T[]>): Observable<T[]> {
  if (values.length === 0) return of([]);
  return combineLatest(values.map(query)).pipe(map((lists) => lists.flat()));
}
