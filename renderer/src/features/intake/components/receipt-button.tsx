import { useState } from 'react';
import { Alert, Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RequestDoc } from '@shared/db/schemas/request.schema';
import { downloadPdf } from '@renderer/pdf/render-pdf';

/**
 * The receipt hook point: the app passes a maker built on renderer/src/pdf (the PDF worker) and the
 * shared receipt layout; without one (that build has no PDF support) the button is replaced by a note.
 */
export type ReceiptMaker = (request: RequestDoc) => Promise<{ blob: Blob; fileName: string }>;

export function ReceiptButton({ request, receipt }: { request: RequestDoc; receipt: ReceiptMaker | null }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  if (!receipt) return <Text size="sm" c="dimmed">{t('intake.completed.receiptUnavailable')}</Text>;
  const run = async () => {
    setBusy(true);
    setFailed(null);
    try {
      const { blob, fileName } = await receipt(request);
      downloadPdf(blob, fileName);
    } catch (error) {
      setFailed(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      <Button variant="light" loading={busy} onClick={() => void run()}>
        {t('intake.completed.receipt')}
      </Button>
      {failed && (
        <Alert color="red" role="alert" mt="xs">
          {t('intake.completed.receiptFailed', { message: failed })}
        </Alert>
      )}
    </div>
  );
}
