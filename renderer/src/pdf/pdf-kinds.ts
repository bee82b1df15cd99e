/**
 * The documents the PDF worker can build, by kind: each is a pure builder from shared/ that
 * takes a plain, structured-cloneable snapshot and the font metrics. A new document adds its
 * kind here (input type + builder) and nothing else changes.
 */
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { buildMinuteDocument, type MinuteDocumentInput } from '@shared/compensation/minute-document';
import { buildDashboardPdf, type DashboardPdfInput } from '@shared/dashboard/dashboard-pdf';
import { buildDeclarationDocument, type DeclarationDocumentInput } from '@shared/declaration/document';
import { buildReceipt, type ReceiptInput } from '@shared/intake/pdf/receipt';
import { buildRequirementsSheet, type RequirementsSheetInput } from '@shared/intake/pdf/requirements-sheet';
import type { FontMetrics } from '@shared/pdf/measure';
import { buildVisitReport, type VisitReportInput } from '@shared/visits/visit-report';
import { buildSignOffList, type SignOffPdfInput } from '@shared/policy/sign-off-pdf';
import { buildImageConsentPdf, buildNoticePdf, type ImageConsentPdfInput, type NoticePdfInput } from '@shared/consent/consent-pdf';
import { buildPersonalDataPdf, type PersonalDataPdfInput } from '@shared/data-requests/personal-data-pdf';

/** What each kind takes: the snapshot the UI sends to the worker. */
export interface PdfInputs {
  'requirements-sheet': RequirementsSheetInput;
  receipt: ReceiptInput;
  /** A stored declaration's document input plus the Arabic-only / bilingual choice. */
  declaration: DeclarationDocumentInput & { bilingual: boolean };
  /** Management's figures for a period (policy 3.8e–f), small groups already hidden. */
  dashboard: DashboardPdfInput;
  /** A supervisory visit's report with its photos (policy 3.8c). */
  'visit-report': VisitReportInput;
  /** Who signed which policy version and who has not (Art. 4). */
  'policy-sign-off': SignOffPdfInput;
  /** The compensation committee's minute (policy 3.4a). */
  minute: MinuteDocumentInput;
  /** Everything held about a person, answering an access or copy request (PDPL art. 4). */
  'personal-data': PersonalDataPdfInput;
  /** The privacy notice of a version, for the beneficiary to keep (PDPL Art. 12). */
  'privacy-notice': NoticePdfInput;
  /** A consent to use a beneficiary's photo, story or work (policy 3.6a). */
  'image-consent': ImageConsentPdfInput;
}

export type PdfKind = keyof PdfInputs;

type Builders = { [K in PdfKind]: (input: PdfInputs[K], metrics: FontMetrics) => TDocumentDefinitions };

export const PDF_BUILDERS: Builders = {
  'requirements-sheet': buildRequirementsSheet,
  receipt: buildReceipt,
  declaration: ({ bilingual, ...input }, metrics) => buildDeclarationDocument(input, metrics, { bilingual }),
  dashboard: buildDashboardPdf,
  'visit-report': buildVisitReport,
  'policy-sign-off': buildSignOffList,
  minute: buildMinuteDocument,
  'personal-data': buildPersonalDataPdf,
  'privacy-notice': buildNoticePdf,
  'image-consent': buildImageConsentPdf,
};

export function isPdfKind(value: unknown): value is PdfKind {
  return typeof value === 'string' && Object.hasOwn(PDF_BUILDERS, value);
}

/** The definition of `kind` for `input` (the worker's only entry into the builders). */
export function buildPdfDefinition<K extends PdfKind>(kind: K, input: PdfInputs[K], metrics: FontMetrics): TDocumentDefinitions {
  const build = PDF_BUILDERS[kind] as (input: PdfInputs[K], metrics: FontMetrics) => TDocumentDefinitions;
  return build(input, metrics);
}
