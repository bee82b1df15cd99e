import { useEffect, useState } from 'react';
import type { DeclarationDoc } from '@shared/db/schemas/declaration.schema';
import type { RequestDoc } from '@shared/db/schemas/request.schema';
import { useObservable } from '@renderer/components/use-observable';
import { createDeclaration, currentDeclaration, type DeclarationDeps, type DeclarationErrorCode } from '../data';

/**
 * The declaration of the request's current completion, live (a signature made in another window
 * shows at once). While the request awaits a signature and none exists yet, a draft is made.
 */
export function useCurrentDeclaration(deps: DeclarationDeps, request: RequestDoc): { doc: DeclarationDoc | null | undefined; error: DeclarationErrorCode | null } {
  const all = useObservable(
    () => deps.db.declarations.find({ selector: { requestId: request.id }, sort: [{ version: 'asc' }] }).$,
    [deps.db, request.id],
    undefined,
  );
  const docs = all?.map((d) => d.toMutableJSON());
  const doc = docs === undefined ? undefined : currentDeclaration(request, docs);
  const [error, setError] = useState<DeclarationErrorCode | null>(null);
  const needsDraft = docs !== undefined && doc === null && request.status === 'awaiting-signature';
  useEffect(() => {
    if (!needsDraft) return;
    let live = true;
    createDeclaration(deps, request.id).then(
      (result) => live && setError(result.ok ? null : result.error),
      () => live && setError('declaration.not-found'),
    );
    return () => {
      live = false;
    };
  }, [needsDraft, deps, request.id]);
  return { doc, error };
}
