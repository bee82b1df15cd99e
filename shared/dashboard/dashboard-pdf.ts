/**
 * The dashboard as a PDF (policy 3.8e–f: management's figures on paper): the same Arabic layout code as
 * the intake documents (shared/pdf through shared/intake/pdf/document-parts). The snapshot is already
 * worded and the small groups already hidden (small-groups.ts): the builder only lays it out.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { FontMetrics } from '../pdf/measure';
import { documentHeading, intakeDocument, labelValueTable, listTable, paragraphs, sectionTitle, type LabelValue } from '../intake/pdf/document-parts';

export type DashboardPdfSection = { title: string; headers: string[]; rows: string[][] };

export type DashboardPdfInput = {
  associationName: string;
  title: string;
  /** The period, the judging day, the last sync, the printing date. */
  facts: LabelValue[];
  /** Said under the facts: groups under 5 are not shown. */
  note: string;
  sections: DashboardPdfSection[];
};

const NUMBER_COLUMN_WIDTH = 80;

export function buildDashboardPdf(input: DashboardPdfInput, metrics: FontMetrics): TDocumentDefinitions {
  const content: Content[] = [...documentHeading(input.associationName, input.title, metrics), labelValueTable(input.facts, metrics), ...paragraphs(input.note, metrics, [0, 4, 0, 4])];
  for (const section of input.sections) {
    content.push(sectionTitle(section.title, metrics));
    const columns = section.headers.map((header, index) => ({ header, width: index === 0 ? 0 : NUMBER_COLUMN_WIDTH }));
    content.push(listTable(columns, 0, section.rows, metrics));
  }
  return intakeDocument({ title: input.title, associationName: input.associationName, content, metrics });
}
