/** Staff as the surveys screens name them: who a campaign's tasks go to, and liaison officers in the results. */
import { map, type Observable } from 'rxjs';
import type { SurveysDeps } from './deps';

export type StaffChoice = { id: string; name: string };

export function watchStaffChoices(deps: Pick<SurveysDeps, 'db'>): Observable<StaffChoice[]> {
  return deps.db.staff.find({ selector: { active: true } }).$.pipe(
    map((docs) => docs.map((d) => ({ id: d.id, name: d.displayName })).sort((a, b) => a.name.localeCompare(b.name, 'ar'))),
  );
}
