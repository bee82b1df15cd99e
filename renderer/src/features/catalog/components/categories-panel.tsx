import { saveCategory, type CatalogWriteDeps } from '@renderer/db/catalog-admin';
import { LabelledPanel } from './labelled-panel';
import { useCatalogKind } from './use-catalog-kind';

/**
 * Beneficiary categories (a configurable list: each association names its own; policy 3.7a assigns liaison by category): add, rename, deactivate. The registry form
 * offers the active ones; a file keeps a category deactivated after it was filed.
 */
export function CategoriesPanel({ deps }: { deps: CatalogWriteDeps }) {
  const docs = useCatalogKind(deps.db, 'beneficiary-category');
  return <LabelledPanel docs={docs} save={(input) => saveCategory(deps, input)} texts="catalogAdmin.categories" keyTaken="category.key-taken" />;
}
