import { Alert, Anchor, Checkbox, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { routePaths } from '@renderer/app/route-paths';

export interface DuplicateWarningView {
  key: string;
  fileId: string;
  fileNumber: string;
  fullName: string;
  reason: string;
}

function FileLink({ fileId, fileNumber, fullName }: { fileId: string; fileNumber: string; fullName?: string }) {
  return (
    <Anchor component={Link} to={routePaths.beneficiaries.view(fileId)}>
      {fullName ? <>{fullName} — </> : null}
      <bdi dir="ltr">{fileNumber}</bdi>
    </Anchor>
  );
}

/** The same national ID: saving is refused, and the receptionist can open the existing file. */
export function DuplicateIdAlert({ fileId, fileNumber }: { fileId: string; fileNumber: string }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" role="alert" title={t('registry.duplicate.idTitle')}>
      <Text size="sm">
        {t('registry.duplicate.idBody')} <FileLink fileId={fileId} fileNumber={fileNumber} />
      </Text>
    </Alert>
  );
}

interface WarningsPanelProps {
  warnings: readonly DuplicateWarningView[];
  acknowledged: ReadonlySet<string>;
  onAcknowledge: (key: string, checked: boolean) => void;
}

/**
 * Similar files (same name and birth date, or a shared mobile): namesakes and families sharing a
 * phone exist, so each warning is acknowledged explicitly, one by one, and the acknowledgment is recorded.
 */
export function DuplicateWarningsPanel({ warnings, acknowledged, onAcknowledge }: WarningsPanelProps) {
  const { t } = useTranslation();
  return (
    <Alert color="yellow" role="alert" title={t('registry.duplicate.warnTitle')} id="bf-duplicate-warnings">
      <Stack gap="sm">
        <Text size="sm">{t('registry.duplicate.warnBody')}</Text>
        {warnings.map((w) => (
          <Stack key={w.key} gap={4} className="wasl-duplicate-row">
            <Text size="sm">
              {t(`registry.duplicate.reason.${w.reason}`)}: <FileLink fileId={w.fileId} fileNumber={w.fileNumber} fullName={w.fullName} />
            </Text>
            <Checkbox
              label={
                <>
                  {t('registry.duplicate.acknowledge')} <bdi dir="ltr">{w.fileNumber}</bdi>
                </>
              }
              checked={acknowledged.has(w.key)}
              onChange={(e) => onAcknowledge(w.key, e.currentTarget.checked)}
            />
          </Stack>
        ))}
      </Stack>
    </Alert>
  );
}
