import { Alert, Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RequestDoc } from '@shared/db/schemas/request.schema';
import { useAction } from '@renderer/components/use-action';
import { downloadPdf } from '@renderer/pdf/render-pdf';

/**
 * The receipt hook point: the app passes a maker built on renderer/src/pdf (the PDF worker) and the
 * shared receipt layout; without one (that build has no PDF support) the button is replaced by a note.
 */
export type ReceiptMaker = (request: RequestDoc) => Promise<{ blob: Blob; fileName: string }>;

export function ReceiptButton({ request, receipt }: { request: RequestDoc; receipt: ReceiptMaker | null }) {
  const { t } = useTranslation();
  const download = useAction(async (make: ReceiptMaker) => {
    const { blob, fileName } = await make(request);
    downloadPdf(blob, fileName);
  });
  if (!receipt) return <Text size="sm" c="dimmed">{t('intake.completed.receiptUnavailable')}</Text>;
  return (
    <div>
      <Button variant="light" loading={download.busy} onClick={() => void download.run(receipt)}>
        {t('intake.completed.receipt')}
      </Button>
      {download.error && (
        <Alert color="red" role="alert" mt="xs">
          {t('intake.completed.receiptFailed', { message: t(download.error) })}
        </Alert>
      )}
    </div>
  );
}
