/**
 * The liaison officers a beneficiary's file names (policy 3.7a: by beneficiary category and by the
 * association's domain): for each domain, whom a case of theirs would be routed to today (the cell's
 * officer, their delegate while they are away, or the backup), or a gap.
 */
import { routeCase, type Routing } from '@shared/cases/case-routing';
import { combineLatest, switchMap, type Observable } from 'rxjs';
import { readRoutingContext } from './case-context';
import type { CasesDeps } from './deps';

export type LiaisonLine = { domain: string; routing: Routing };

export function watchLiaisonOfFile(deps: Pick<CasesDeps, 'db' | 'now'>, beneficiaryId: string): Observable<LiaisonLine[]> {
  const file = deps.db.beneficiaries.findOne(beneficiaryId).$;
  const catalog = deps.db.catalog.find({ selector: { kind: { $in: ['liaison-row', 'delegation', 'association-domain'] } } }).$;
  return combineLatest([file, catalog, deps.db.staff.find().$]).pipe(
    switchMap(async ([doc, entries]) => {
      if (!doc) return [];
      const context = await readRoutingContext(deps.db, deps.now());
      const domains = entries.filter((e) => e.kind === 'association-domain' && e.active).sort((a, b) => a.order - b.order).map((e) => e.key);
      return domains.map((domain) => ({ domain, routing: routeCase({ category: doc.categoryKey, domain, concernsStaffIds: [] }, context) }));
    }),
  );
}
