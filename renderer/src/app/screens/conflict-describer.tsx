import { useMemo } from 'react';
import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { beneficiaryFieldLabel, formatBeneficiaryValue } from '@shared/registry/beneficiary-field-display';
import { useCategories } from '@renderer/features/beneficiaries/hooks/use-categories';
import { routePaths } from '../route-paths';
import type { ConflictDescriber } from '@renderer/features/sync/components/conflict-card';
import { useBeneficiary } from '@renderer/features/intake/hooks/use-beneficiary';
import { useLocale } from '@renderer/i18n/use-locale';
import type { OpenConflict } from '@renderer/sync/conflict-records';
import { useDesk } from '../desk-context';

/** A conflict's file by its number and name, linked to the file; other records by their collection. */
function ConflictSubject({ conflict }: { conflict: OpenConflict }) {
  const { t } = useTranslation();
  const { db } = useDesk();
  const file = useBeneficiary(db, conflict.collectionName === 'beneficiaries' ? conflict.documentId : undefined);
  if (!file) return <bdi>{t(`sync.collections.${conflict.collectionName}`, { defaultValue: conflict.collectionName })}</bdi>;
  return (
    <Anchor component={Link} to={routePaths.beneficiaries.view(file.id)}>
      <bdi dir="ltr">{file.fileNumber}</bdi> — <bdi>{file.fullName}</bdi>
    </Anchor>
  );
}

/**
 * The sync screen's conflicts named the way the registry names them (the sync feature cannot
 * import the registry): the file, the field's label, the values as the file view shows them.
 */
export function useConflictDescriber(): ConflictDescriber {
  const { t } = useTranslation();
  const { db } = useDesk();
  const locale = useLocale();
  const categories = useCategories(db);
  return useMemo(() => {
    const isFile = (conflict: OpenConflict) => conflict.collectionName === 'beneficiaries';
    const categoryLabel = (key: string) => categories.find((c) => c.value === key)?.label;
    return {
      Subject: ConflictSubject,
      fieldLabel: (conflict) => (isFile(conflict) ? beneficiaryFieldLabel(conflict.field, t) : null),
      formatValue: (conflict, value) => (isFile(conflict) ? formatBeneficiaryValue(conflict.field, value, { locale, t, categoryLabel }) : null),
    };
  }, [t, locale, categories]);
}
