/**
 * Print and save in the browser build: the browser's own download (save), and for print the same
 * download plus the browser's PDF preview in a new tab, whose print button opens the print dialog.
 * The object URL is revoked later: the download and the tab read it after this returns.
 */
import type { PdfOutput, PdfPrintResult, PdfSaveResult } from '../../../shared/ipc/contract';

function objectUrl({ bytes }: PdfOutput): string {
  return URL.createObjectURL(new Blob([bytes.slice()], { type: 'application/pdf' }));
}

/** The browser's own download of an object URL, under `fileName`. */
export function downloadObjectUrl(url: string, fileName: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
}

export async function browserSavePdf(output: PdfOutput): Promise<PdfSaveResult> {
  const url = objectUrl(output);
  downloadObjectUrl(url, output.fileName);
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  // The browser picks the folder (its downloads setting); the name is what the user finds there.
  return { outcome: 'saved', path: output.fileName };
}

export async function browserPrintPdf(output: PdfOutput): Promise<PdfPrintResult> {
  const url = objectUrl(output);
  downloadObjectUrl(url, output.fileName);
  window.open(url, '_blank');
  setTimeout(() => URL.revokeObjectURL(url), 300_000);
  return { outcome: 'preview' };
}
