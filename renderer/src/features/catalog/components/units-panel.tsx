import { saveUnit, type CatalogWriteDeps } from '@renderer/db/catalog-admin';
import { LabelledPanel } from './labelled-panel';
import { useCatalogKind } from './use-catalog-kind';

/** The competent units: relabel or deactivate one inline, or add one below. */
export function UnitsPanel({ deps }: { deps: CatalogWriteDeps }) {
  const docs = useCatalogKind(deps.db, 'unit');
  return <LabelledPanel docs={docs} save={(input) => saveUnit(deps, input)} texts="catalogAdmin.units" keyTaken="unit.key-taken" />;
}
