/** Live views of compensation cases, through the cases' visibility rule (committee, management, admin; never someone it concerns). */
import { mayViewCase } from '@shared/cases/case-visibility';
import type { CaseDoc } from '@shared/db/schemas/case.schema';
import { map, type Observable } from 'rxjs';
import type { CompensationDeps } from './deps';

type Viewer = Pick<CompensationDeps, 'db' | 'actor'>;

const visible = (deps: Viewer) => (docs: { toMutableJSON(): CaseDoc }[]): CaseDoc[] =>
  docs.map((doc) => doc.toMutableJSON()).filter((doc) => doc.compensation && mayViewCase(doc, deps.actor));

/** Every compensation case the actor may see, newest first. */
export function watchCompensations(deps: Viewer): Observable<CaseDoc[]> {
  return deps.db.cases.find({ selector: { kind: 'compensation' }, sort: [{ caseNumber: 'desc' }] }).$.pipe(map(visible(deps)));
}

export function watchCompensation(deps: Viewer, id: string): Observable<CaseDoc | null> {
  return deps.db.cases.find({ selector: { id, kind: 'compensation' } }).$.pipe(map((docs) => visible(deps)(docs)[0] ?? null));
}

/** The origin case as the actor may see it (a complaint or dispute), or null. */
export function watchOrigin(deps: Viewer, id: string): Observable<CaseDoc | null> {
  return deps.db.cases.findOne(id).$.pipe(map((doc) => {
    const plain = doc?.toMutableJSON() ?? null;
    return plain && mayViewCase(plain, deps.actor) ? plain : null;
  }));
}
