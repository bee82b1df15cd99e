import { useMemo } from 'react';
import type { WaslDatabase } from '@renderer/db/database';
import { useObservable } from '@renderer/components/use-observable';

/** Staff display names by id, for histories and timelines. */
export function useStaffNames(db: WaslDatabase): (id: string) => string {
  const docs = useObservable(() => db.staff.find().$, [db], null);
  return useMemo(() => {
    const names = new Map((docs ?? []).map((doc) => [doc.id, doc.displayName]));
    return (id: string) => names.get(id) ?? id;
  }, [docs]);
}
