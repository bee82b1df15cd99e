import { Alert, Anchor, Checkbox, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { routePaths } from '@renderer/app/route-paths';
import type { ElsewhereDesk } from '../data/duplicate-check';

export interface DuplicateWarningView {
  key: string;
  fileId: string;
  fileNumber: string;
  fullName: string;
  reason: string;
  /** Another desk's file, known from the server (policy 3.6b): shown by name, number and desk, never linked. */
  deskCode?: string;
  deskName?: string;
}

function FileLink({ fileId, fileNumber, fullName }: { fileId: string; fileNumber: string; fullName?: string }) {
  return (
    <Anchor component={Link} to={routePaths.beneficiaries.view(fileId)}>
      {fullName ? <>{fullName} — </> : null}
      <bdi dir="ltr">{fileNumber}</bdi>
    </Anchor>
  );
}

/**
 * Another desk's file as the server showed it: this desk holds none of it (PDPL minimisation, policy 3.6b),
 * so it is named, numbered and placed, as the held-copy notice does, and offers nothing to open.
 */
function ElsewhereFile({ fileNumber, fullName, deskCode, deskName }: { fileNumber: string; fullName: string; deskCode: string; deskName?: string | undefined }) {
  const { t } = useTranslation();
  const desk = deskName ? t('registry.duplicate.elsewhereDeskNamed', { name: deskName, desk: deskCode }) : t('registry.duplicate.elsewhereDesk', { desk: deskCode });
  return (
    <span data-testid="elsewhere-file">
      {fullName ? <>{fullName} — </> : null}
      <bdi dir="ltr">{fileNumber}</bdi>
      {deskCode ? <> ({desk})</> : null}
    </span>
  );
}

/** The same national ID: saving is refused, and the receptionist can open the existing file (or learns where it is). */
export function DuplicateIdAlert({ fileId, fileNumber, elsewhere }: { fileId: string; fileNumber: string; elsewhere?: ElsewhereDesk | undefined }) {
  const { t } = useTranslation();
  return (
    <Alert color="red" role="alert" title={t('registry.duplicate.idTitle')}>
      <Text size="sm">
        {elsewhere ? (
          <>
            {t('registry.duplicate.idElsewhereBody')} <ElsewhereFile fileNumber={fileNumber} {...elsewhere} />
          </>
        ) : (
          <>
            {t('registry.duplicate.idBody')} <FileLink fileId={fileId} fileNumber={fileNumber} />
          </>
        )}
      </Text>
    </Alert>
  );
}

/** The ID could be checked against this desk's files only (offline, or the server did not answer). */
export function DeskOnlyNote() {
  const { t } = useTranslation();
  return (
    <Text size="xs" c="dimmed" role="status" data-testid="desk-only-note">
      {t('registry.duplicate.deskOnly')}
    </Text>
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
              {t(`registry.duplicate.reason.${w.reason}`)}:{' '}
              {w.deskCode === undefined ? <FileLink fileId={w.fileId} fileNumber={w.fileNumber} fullName={w.fullName} /> : <ElsewhereFile fileNumber={w.fileNumber} fullName={w.fullName} deskCode={w.deskCode} deskName={w.deskName} />}
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
