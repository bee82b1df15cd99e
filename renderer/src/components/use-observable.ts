import { useEffect, useState } from 'react';
import type { Observable } from 'rxjs';

/**
 * Subscribes to an observable (an RxDB query or document) for as long as the component lives.
 * `initial` is what renders before the first emission; pass a stable factory via deps.
 */
export function useObservable<T, I = undefined>(factory: () => Observable<T>, deps: readonly unknown[], initial: I): T | I {
  const [value, setValue] = useState<T | I>(initial);
  useEffect(() => {
    const subscription = factory().subscribe({ next: setValue });
    return () => subscription.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller lists the factory's inputs
  }, deps);
  return value;
}
