import type { Alignment, Content, ContentStack, ContentTable, ContentText, Margins, TableCell } from 'pdfmake/interfaces';
import type { FontMetrics } from './measure';
import { layoutParagraph, type LaidOutLine, type LaidOutParagraph, type ParagraphDirection } from './paragraph';
import { LINE_TEXT } from './reader-text-layer';
import type { VisualPiece } from './visual-pieces';

/**
 * pdfmake content built from laid-out paragraphs: one pdfmake paragraph per line, noWrap
 * (the lines are already broken with the font's real widths), aligned to the start side.
 */

export interface TextStyle {
  fontSize: number;
  bold?: boolean;
  color?: string;
}

export interface RtlTextOptions extends TextStyle {
  /** Width available to the text in points (page content width, or a column's content width). */
  width: number;
  metrics: FontMetrics;
  /** Default 'rtl'; 'auto' takes the first strong character (UAX #9 P2). */
  direction?: ParagraphDirection;
  /** 'start' is right in a right-to-left paragraph. Default 'start'. */
  align?: 'start' | 'end' | 'center';
  margin?: Margins;
  lineHeight?: number;
}

function physicalAlignment(direction: 'rtl' | 'ltr', align: 'start' | 'end' | 'center'): Alignment {
  if (align === 'center') return 'center';
  const startSide = direction === 'rtl' ? 'right' : 'left';
  const endSide = direction === 'rtl' ? 'left' : 'right';
  return align === 'start' ? startSide : endSide;
}

/** One piece as a pdfmake inline. */
function inline(piece: VisualPiece): ContentText {
  if (!piece.features) return { text: piece.text };
  // pdfmake hands fontFeatures to pdfkit → fontkit, which takes an object of on/off flags
  // (the typings only know the array form, which cannot switch a feature off). A fresh
  // copy each time: fontkit writes into the object it gets.
  return { text: piece.text, fontFeatures: { ...piece.features } as unknown as ContentText['fontFeatures'] };
}

/**
 * A line's inlines; the first carries the line's logical text, which the renderer hands to
 * readers as the line's /ActualText (reader-text-layer.ts).
 */
function lineInlines(line: LaidOutLine): ContentText[] {
  const inlines = line.pieces.map(inline);
  const first = inlines[0];
  if (first) Object.assign(first, { [LINE_TEXT]: line.text.normalize('NFC') });
  return inlines;
}

/** The pdfmake node for an already laid-out paragraph. */
export function paragraphContent(paragraph: LaidOutParagraph, options: Omit<RtlTextOptions, 'width' | 'metrics' | 'direction'>): ContentStack {
  const alignment = physicalAlignment(paragraph.direction, options.align ?? 'start');
  const node: ContentStack = {
    stack: paragraph.lines.map((line) => ({
      text: line.pieces.length > 0 ? lineInlines(line) : '',
      noWrap: true,
      // The spaces between pieces are drawn as laid out; pdfmake would otherwise drop a
      // trailing space of the last inline (an rtl piece carries its left-hand spaces at
      // the end) from the line width and push the line past the right edge.
      preserveLeadingSpaces: true,
      preserveTrailingSpaces: true,
      alignment,
    })),
    fontSize: options.fontSize,
    bold: options.bold ?? false,
  };
  if (options.color !== undefined) node.color = options.color;
  if (options.margin !== undefined) node.margin = options.margin;
  if (options.lineHeight !== undefined) node.lineHeight = options.lineHeight;
  return node;
}

/** Lay out `text` and return it as a pdfmake node. */
export function rtlText(text: string, options: RtlTextOptions): ContentStack {
  const measure = options.bold ? options.metrics.bold : options.metrics.normal;
  const paragraph = layoutParagraph(text, {
    width: options.width,
    fontSize: options.fontSize,
    measure,
    direction: options.direction ?? 'rtl',
  });
  return paragraphContent(paragraph, options);
}

export interface TableColumn {
  /** The column's CONTENT width in points (pdfmake's `widths`; padding comes on top). */
  width: number;
  header: string;
}

export interface RtlTableOptions {
  columns: TableColumn[];
  /** Cells in logical column order (first = the column read first); a string is laid out, Content is used as is. */
  rows: Array<Array<string | Content>>;
  fontSize: number;
  metrics: FontMetrics;
  /** 'rtl' (default) puts the first column on the right. */
  direction?: 'rtl' | 'ltr';
  headerFill?: string;
  /** Default true; false for label/value tables (the headers are then only for widths). */
  showHeader?: boolean;
  /** Default true: rules around and between cells. */
  rules?: boolean;
  margin?: Margins;
}

/** Horizontal cell padding of the layout below, to size columns against the page. */
export const TABLE_CELL_PADDING = 4;

/** Width the table takes on the page: contents + padding + the 1pt rules between and around. */
export function tableOuterWidth(columns: readonly { width: number }[]): number {
  return columns.reduce((sum, column) => sum + column.width + 2 * TABLE_CELL_PADDING, 0) + (columns.length + 1);
}

/** A table that reads right to left: column order reversed, cells laid out and start-aligned. */
export function rtlTable(options: RtlTableOptions): ContentTable {
  const direction = options.direction ?? 'rtl';
  const order = <T>(cells: readonly T[]): T[] => (direction === 'rtl' ? [...cells].reverse() : [...cells]);
  const cell = (value: string | Content, column: TableColumn | undefined): TableCell =>
    typeof value === 'string'
      ? rtlText(value, { width: column?.width ?? 0, fontSize: options.fontSize, metrics: options.metrics, direction })
      : value;
  const columns = order(options.columns);
  const header = columns.map((column) => {
    const node = rtlText(column.header, { width: column.width, fontSize: options.fontSize, bold: true, metrics: options.metrics, direction });
    return options.headerFill === undefined ? node : { ...node, fillColor: options.headerFill };
  });
  // A short row is padded so its cells still land under their headers once reversed.
  const full = (row: Array<string | Content>): Array<string | Content> => options.columns.map((_, i) => row[i] ?? '');
  const body = options.rows.map((row) => order(full(row)).map((value, i) => cell(value, columns[i])));
  const showHeader = options.showHeader ?? true;
  const rule = options.rules === false ? 0 : 1;
  const table: ContentTable = {
    table: {
      headerRows: showHeader ? 1 : 0,
      widths: columns.map((column) => column.width),
      body: showHeader ? [header, ...body] : body,
      dontBreakRows: true,
    },
    layout: {
      paddingLeft: () => TABLE_CELL_PADDING,
      paddingRight: () => TABLE_CELL_PADDING,
      // Zero-width rules keep the geometry of tableOuterWidth (a rule of 0 still takes its slot).
      hLineWidth: () => rule,
      vLineWidth: () => rule,
      hLineColor: () => '#888888',
      vLineColor: () => '#888888',
    },
  };
  if (options.margin !== undefined) table.margin = options.margin;
  return table;
}
