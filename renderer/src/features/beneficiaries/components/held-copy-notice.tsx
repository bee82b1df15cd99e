import { Alert, Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BeneficiaryDoc } from '@shared/db/schemas/beneficiary.schema';
import { routePaths } from '@renderer/app/route-paths';

/** What a duplicate-check copy may hold: any subset of a file's fields. */
export type HeldCopy = Partial<BeneficiaryDoc> & { id: string };

/**
 * A file registered at another desk that this role receives only to warn about duplicates
 * (policy 6b, least data): it says so, shows the number and name it has, and offers no form.
 */
export function HeldCopyNotice({ doc }: { doc: HeldCopy }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" data-testid="held-copy">
      {doc.fileNumber && (
        <Text className="wasl-file-number-large" data-testid="file-number">
          <bdi dir="ltr">{doc.fileNumber}</bdi>
        </Text>
      )}
      {doc.fullName && (
        <Title order={1} size="h2">
          {doc.fullName}
        </Title>
      )}
      <Alert color="blue" role="status" title={t('registry.view.heldTitle')}>
        {t('registry.view.heldBody')}
      </Alert>
      <Anchor component={Link} to={routePaths.beneficiaries.search}>
        {t('registry.view.back')}
      </Anchor>
    </Stack>
  );
}
