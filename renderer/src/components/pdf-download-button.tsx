import { Alert, Button, type ButtonProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { downloadPdf } from '@renderer/pdf/render-pdf';
import { useAction } from './use-action';

/** A finished PDF and the name it downloads under. */
export type PdfFile = { blob: Blob; fileName: string };

/**
 * The requirements sheet of a request type (policy 3.3b) by catalog key, at its latest version. The app
 * builds it (it knows the desk's settings and the catalog); features only receive it, or null when
 * that build has no PDF support.
 */
export type SheetMaker = (typeKey: string) => Promise<PdfFile>;

type Props = { label: string; make: () => Promise<PdfFile>; variant?: ButtonProps['variant']; size?: ButtonProps['size']; ariaLabel?: string };

/** Builds a PDF on click (in the PDF worker) and downloads it; a failure is shown, not swallowed. */
export function PdfDownloadButton({ label, make, variant = 'light', size, ariaLabel }: Props) {
  const { t } = useTranslation();
  const download = useAction(async () => {
    const { blob, fileName } = await make();
    downloadPdf(blob, fileName);
  });
  return (
    <div>
      <Button variant={variant} size={size} loading={download.busy} aria-label={ariaLabel} onClick={() => void download.run()}>
        {label}
      </Button>
      {download.error && (
        <Alert color="red" role="alert" mt="xs">
          {t('pdf.failed', { message: t(download.error) })}
        </Alert>
      )}
    </div>
  );
}
