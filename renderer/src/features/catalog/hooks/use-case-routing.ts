import { useMemo } from 'react';
import { delegationsFrom, liaisonMatrixFrom, type Delegation, type LiaisonMatrix } from '@shared/catalog/case-catalog';
import type { CatalogDoc } from '@shared/db/schemas/catalog.schema';
import type { WaslDatabase } from '@renderer/db/database';
import { useObservable } from '@renderer/components/use-observable';
import { watchCaseHolders, type CaseHolder } from '../data/case-routing-admin';
import { useCatalogKind } from '../components/use-catalog-kind';

export type CaseRouting = {
  categories: CatalogDoc[];
  domains: CatalogDoc[];
  matrix: LiaisonMatrix;
  delegations: Delegation[];
  holders: CaseHolder[];
};

/** The matrix's axes (active categories and domains), its cells, the delegations and who may hold cases; null until loaded. */
export function useCaseRouting(db: WaslDatabase): CaseRouting | null {
  const categories = useCatalogKind(db, 'beneficiary-category');
  const domains = useCatalogKind(db, 'association-domain');
  const rows = useCatalogKind(db, 'liaison-row');
  const delegationDocs = useCatalogKind(db, 'delegation');
  const holders = useObservable(() => watchCaseHolders(db), [db], null);
  return useMemo(() => {
    if (!categories || !domains || !rows || !delegationDocs || !holders) return null;
    return {
      categories: categories.filter((doc) => doc.active),
      domains: domains.filter((doc) => doc.active),
      matrix: liaisonMatrixFrom(rows),
      delegations: delegationsFrom(delegationDocs),
      holders,
    };
  }, [categories, domains, rows, delegationDocs, holders]);
}
