import type { DeclarationDoc } from '@shared/db/schemas/declaration.schema';
import type { RequestDoc } from '@shared/db/schemas/request.schema';
import { useObservable } from '@renderer/components/use-observable';
import { currentDeclaration, type DeclarationDeps } from '../data';

/**
 * The declaration of the request's current completion, live (a signature made in another window
 * shows at once); null when there is none yet, undefined while loading. Reading only: a draft is
 * made by the explicit "prepare" action (createDeclaration), never by looking, so two desks that
 * only open the same request offline do not make two drafts with two numbers.
 */
export function useCurrentDeclaration(deps: DeclarationDeps, request: RequestDoc): DeclarationDoc | null | undefined {
  const all = useObservable(
    () => deps.db.declarations.find({ selector: { requestId: request.id }, sort: [{ version: 'asc' }] }).$,
    [deps.db, request.id],
    undefined,
  );
  const docs = all?.map((d) => d.toMutableJSON());
  return docs === undefined ? undefined : currentDeclaration(request, docs);
}
