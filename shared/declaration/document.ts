/**
 * The declaration as a pdfmake document definition (A4, Arabic first, optional bilingual
 * variant). Pure: the renderer's PDF worker and the tests hand it to pdfmake with the
 * committed Amiri font and the metrics of that same font (shared/pdf).
 */
import type { Content, ContentStack, TDocumentDefinitions } from 'pdfmake/interfaces';
import { isolateLtr } from '../pdf/bidi-controls';
import { rtlText } from '../pdf/content';
import { ARABIC_FONT_FAMILY } from '../pdf/fonts';
import type { FontMetrics } from '../pdf/measure';
import { CONTENT_WIDTH, PAGE_MARGIN } from '../pdf/sample-document';
import type { DeclarationDoc, DeclarationSnapshot } from '../db/schemas/declaration.schema';
import { normalizeSaudiMobile } from '../registry/mobile';
import { checkImageDataUrl, signatureDataUrl } from './image';
import { FONT_SIZE, fieldTable, heading, pairTable, requirementsTable, say, signingRow, statements, valueText, type PartContext } from './document-parts';
import { LABELS, pageLabel } from './document-text';
import { qrPayload, shortCode } from './verification-code';

export interface DeclarationDocumentInput {
  declarationNumber: string;
  version: number;
  snapshot: DeclarationSnapshot;
  /** data: URL (PNG/JPEG) of the pad drawing; null prints an empty box to sign on paper. */
  signatureImage: string | null;
  /** data: URL of the association's logo (settings/resources); optional. */
  logo?: string | null;
  verification: { qrPayload: string; shortCode: string };
}

export interface DeclarationDocumentOptions {
  bilingual: boolean;
}

/** The document input of a stored declaration (its pad drawing, its codes). */
export function declarationDocumentInput(doc: DeclarationDoc, logo: string | null = null): DeclarationDocumentInput {
  return {
    declarationNumber: doc.declarationNumber,
    version: doc.version,
    snapshot: doc.snapshot,
    signatureImage: signatureDataUrl(doc.signature.image),
    logo,
    verification: { qrPayload: qrPayload(doc.id, doc.hash), shortCode: shortCode(doc.declarationNumber, doc.hash) },
  };
}

/** Association name, desk and title; the logo (when it is a real image) on the left. */
function masthead(snapshot: DeclarationSnapshot, logo: string | null, context: PartContext): Content {
  const logoWidth = 64;
  const width = logo === null ? CONTENT_WIDTH : CONTENT_WIDTH - logoWidth - 12;
  const names: ContentStack = {
    stack: [
      rtlText(snapshot.associationName, { width, fontSize: FONT_SIZE + 5, bold: true, metrics: context.metrics }),
      rtlText(snapshot.deskName, { width, fontSize: FONT_SIZE, metrics: context.metrics, color: '#444444' }),
    ],
  };
  const title = rtlText(say(LABELS.title, context), { width: CONTENT_WIDTH, fontSize: FONT_SIZE + 6, bold: true, metrics: context.metrics, align: 'center', margin: [0, 4, 0, 4] });
  if (logo === null) return { stack: [names, title] };
  return { stack: [{ columns: [{ width: logoWidth, image: logo, fit: [logoWidth, logoWidth] }, { width, stack: [names] }], columnGap: 12 }, title] };
}

/** A heading and its (short) blocks on one page: a heading alone at the foot of a page says nothing. */
function section(title: typeof LABELS.title, blocks: Content[], context: PartContext): ContentStack {
  return { stack: [heading(title, context), ...blocks], unbreakable: true };
}

/**
 * The contact address as the page shows it: a mobile in the stored form of the mobile field
 * (+9665XXXXXXXX), whatever form the snapshot holds it in (the desk copies it grouped,
 * "050 123 4567"): one number, one form on the page, so a copied number finds the file.
 */
function channelAddress(address: string): string {
  const mobile = normalizeSaudiMobile(address);
  return mobile.ok ? mobile.value : address;
}

function mobilesText(beneficiary: DeclarationSnapshot['beneficiary'], context: PartContext): string {
  if (beneficiary.mobiles.length > 0) return beneficiary.mobiles.map(isolateLtr).join('\n');
  const none = say(LABELS.noMobile, context);
  return beneficiary.noMobileReason.trim() === '' ? none : `${none}: ${beneficiary.noMobileReason}`;
}

/**
 * Never throws on the data: an image that is not PNG/JPEG is left out (a bad logo) or becomes
 * the empty box (a bad signature: callers refuse it before saving, see checkImageDataUrl).
 */
export function buildDeclarationDocument(input: DeclarationDocumentInput, metrics: FontMetrics, options: DeclarationDocumentOptions): TDocumentDefinitions {
  const context: PartContext = { metrics, bilingual: options.bilingual };
  const { snapshot } = input;
  const { beneficiary, request } = snapshot;
  const image = (url: string | null | undefined): string | null => {
    if (url === null || url === undefined) return null;
    const checked = checkImageDataUrl(url);
    return checked.ok ? checked.value : null;
  };
  type Row = [typeof LABELS.title, string];
  const identity: Row[] = [
    [LABELS.declarationNumber, valueText(input.declarationNumber)],
    [LABELS.time, valueText(snapshot.declaredAt.time)],
    [LABELS.hijriDate, valueText(snapshot.declaredAt.hijri)],
    [LABELS.gregorianDate, valueText(snapshot.declaredAt.gregorian)],
    // Version 1 goes without saying; a correction says which version it is.
    ...(input.version > 1 ? [[LABELS.version, valueText(String(input.version))] as Row] : []),
  ];
  const person: Row[] = [
    [LABELS.fullName, valueText(beneficiary.fullName)],
    ...(beneficiary.latinName.trim() === '' ? [] : [[LABELS.latinName, valueText(beneficiary.latinName)] as Row]),
    [LABELS.address, valueText(beneficiary.address)],
  ];
  const personPairs: Row[] = [
    [LABELS.nationalId, valueText(beneficiary.nationalId)],
    [LABELS.mobile, mobilesText(beneficiary, context)],
    [LABELS.familyCount, valueText(String(beneficiary.familyCount))],
    [LABELS.category, say(beneficiary.category, context)],
  ];
  const contact: Row[] = [
    [LABELS.channel, say(snapshot.channel.label, context)],
    [LABELS.channelAddress, valueText(channelAddress(snapshot.channel.address))],
    [LABELS.dueHijri, valueText(snapshot.due.hijri)],
    [LABELS.dueGregorian, valueText(snapshot.due.gregorian)],
  ];
  // The statements, the signatures and the codes stay together: a signature on a page of its
  // own, away from what it attests, would be worthless.
  const closing: ContentStack = {
    stack: [
      heading(LABELS.declarationSection, context),
      ...statements(context),
      ...signingRow({ beneficiary: beneficiary.fullName, staff: snapshot.staffName }, image(input.signatureImage), input.verification, context),
    ],
    unbreakable: true,
  };
  return {
    pageSize: 'A4',
    pageMargins: [PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN, PAGE_MARGIN + 10],
    defaultStyle: { font: ARABIC_FONT_FAMILY, fontSize: FONT_SIZE },
    // The viewer's window or tab is named by this title: Arabic, like the paper (English added when bilingual).
    info: { title: `${options.bilingual ? `${LABELS.title.ar} — ${LABELS.title.en}` : LABELS.title.ar} ${input.declarationNumber}`, creator: 'Wasl', producer: 'Wasl' },
    content: [
      masthead(snapshot, image(input.logo), context),
      pairTable(identity, context),
      section(LABELS.beneficiarySection, [fieldTable(person, context), pairTable(personPairs, context)], context),
      section(LABELS.requestSection, [
        pairTable([
          [LABELS.requestNumber, valueText(request.requestNumber)],
          [LABELS.requestType, say(request.requestType, context)],
        ], context),
      ], context),
      // Long: flows over pages, its header row repeated.
      requirementsTable(request.requirements, context),
      section(LABELS.contactSection, [pairTable(contact, context)], context),
      closing,
    ],
    // Every page carries its number and the short code, so a loose page still finds its record.
    footer: (currentPage: number, pageCount: number): Content => {
      const half = CONTENT_WIDTH / 2;
      const label = pageLabel(currentPage, pageCount);
      // Left: the short code (and the English page label); right: the Arabic page label.
      const left = options.bilingual ? `${label.en}   ${input.verification.shortCode}` : input.verification.shortCode;
      const small = { width: half, fontSize: FONT_SIZE - 2, metrics };
      return {
        columns: [
          { width: half, stack: [rtlText(left, { ...small, direction: 'ltr' })] },
          { width: half, stack: [rtlText(label.ar, small)] },
        ],
        margin: [PAGE_MARGIN, 16, PAGE_MARGIN, 0],
      };
    },
  };
}
