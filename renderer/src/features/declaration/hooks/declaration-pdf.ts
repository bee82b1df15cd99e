/**
 * The declaration PDF: the stored record becomes the plain input of shared/declaration/document.ts
 * and the PDF worker lays it out (renderer/src/pdf, kind 'declaration'). Every download is
 * recorded in the audit log with the declaration it came from.
 */
import type { DeclarationDoc } from '@shared/db/schemas/declaration.schema';
import { declarationDocumentInput } from '@shared/declaration/document';
import { downloadPdf, renderPdf } from '@renderer/pdf/render-pdf';
import { recordOutput, type DeclarationDeps } from '../data';

export const declarationFileName = (doc: Pick<DeclarationDoc, 'declarationNumber' | 'version'>): string =>
  `declaration-${doc.declarationNumber}${doc.version > 1 ? `-v${doc.version}` : ''}.pdf`;

export function declarationPdf(doc: DeclarationDoc, bilingual = false): Promise<Blob> {
  return renderPdf('declaration', { ...declarationDocumentInput(doc), bilingual });
}

/** Renders, saves through the browser's download, and audits. */
export async function downloadDeclaration(deps: DeclarationDeps, doc: DeclarationDoc, bilingual = false): Promise<void> {
  const blob = await declarationPdf(doc, bilingual);
  downloadPdf(blob, declarationFileName(doc));
  await recordOutput(deps, doc.id, 'download');
}
