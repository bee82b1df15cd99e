/**
 * The declaration PDF: the stored record becomes the plain input of shared/declaration/document.ts
 * and the PDF worker lays it out (renderer/src/pdf, kind 'declaration'). Every download is
 * recorded in the audit log with the declaration it came from.
 */
import type { DeclarationDoc } from '@shared/db/schemas/declaration.schema';
import { declarationDocumentInput } from '@shared/declaration/document';
import { getBridge } from '@renderer/bridge/bridge';
import { renderPdf } from '@renderer/pdf/render-pdf';
import { recordOutput, type DeclarationDeps } from './index';

export const declarationFileName = (doc: Pick<DeclarationDoc, 'declarationNumber' | 'version'>): string =>
  `declaration-${doc.declarationNumber}${doc.version > 1 ? `-v${doc.version}` : ''}.pdf`;

/** How the desk prints it (its print settings): bilingual or Arabic only, and the association's logo. */
export type DeclarationLook = { bilingual: boolean; logo: string | null };
const ARABIC_ONLY: DeclarationLook = { bilingual: false, logo: null };

export function declarationPdf(doc: DeclarationDoc, look: DeclarationLook = ARABIC_ONLY): Promise<Blob> {
  return renderPdf('declaration', { ...declarationDocumentInput(doc, look.logo), bilingual: look.bilingual });
}

/**
 * Renders the declaration and hands it to the shell: 'print' (desktop: the system PDF viewer;
 * browser build: download and print preview) or 'save' (desktop: the save dialog; browser build:
 * a download). Audited once it left the app; a cancelled save leaves nothing and records nothing.
 */
export async function outputDeclaration(deps: DeclarationDeps, doc: DeclarationDoc, output: 'print' | 'save', look: DeclarationLook = ARABIC_ONLY): Promise<void> {
  const blob = await declarationPdf(doc, look);
  const request = { fileName: declarationFileName(doc), bytes: new Uint8Array(await blob.arrayBuffer()) };
  if (output === 'print') {
    await getBridge().invoke('pdf:print', request);
  } else if ((await getBridge().invoke('pdf:save', request)).outcome === 'cancelled') {
    return;
  }
  await recordOutput(deps, doc.id, output);
}
