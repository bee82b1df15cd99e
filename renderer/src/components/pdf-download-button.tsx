import { useState } from 'react';
import { Alert, Button, type ButtonProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { downloadPdf } from '@renderer/pdf/render-pdf';

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
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const run = async () => {
    setBusy(true);
    setFailed(null);
    try {
      const { blob, fileName } = await make();
      downloadPdf(blob, fileName);
    } catch (error) {
      setFailed(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <div>
      <Button variant={variant} size={size} loading={busy} aria-label={ariaLabel} onClick={() => void run()}>
        {label}
      </Button>
      {failed && (
        <Alert color="red" role="alert" mt="xs">
          {t('pdf.failed', { message: failed })}
        </Alert>
      )}
    </div>
  );
}
