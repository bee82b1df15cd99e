/**
 * The Arabic PDF layout for pdfmake (ARCHITECTURE.md, "Declaration PDF"). Pure: the caller
 * loads the font bytes (resources/fonts), creates fontkit fonts and pdfmake's vfs with them.
 *
 *   const metrics = createFontMetrics({ normal: fontkit.create(regular), bold: fontkit.create(bold) });
 *   const doc = { defaultStyle: { font: ARABIC_FONT_FAMILY }, content: [
 *     rtlText(`الجوال: ${isolateLtr(mobile)}`, { width, fontSize: 12, metrics }),
 *     rtlTable({ columns, rows, fontSize: 12, metrics }),
 *   ] };
 *   pdfmake.addVirtualFileSystem({ [ARABIC_FONT_FILES.normal]: base64, ... });
 *   pdfmake.addFonts(arabicFontDescriptors());
 *
 * Widths are the real available widths (page content width, or a column's content width).
 * Isolate values that must read left to right as a unit (IDs, mobiles, codes, e-mails).
 *
 * Readers: the glyphs are drawn in visual order, so each laid-out line also carries its logical
 * text, which the renderer writes as /ActualText once `installReaderTextLayer(Renderer)` has been
 * called with pdfmake's Renderer class (the PDF worker's engine and the tests' harness do):
 * pdftotext, copy and search then get the text as stored.
 */
export { isolateLtr, isolateRtl, withoutBidiControls } from './bidi-controls';
export { paragraphContent, rtlTable, rtlText, tableOuterWidth, TABLE_CELL_PADDING } from './content';
export type { RtlTableOptions, RtlTextOptions, TableColumn, TextStyle } from './content';
export { ARABIC_FONT_DIRECTORY, ARABIC_FONT_FAMILY, ARABIC_FONT_FILES, arabicFontDescriptors } from './fonts';
export { createFontMeasure, createFontMetrics } from './measure';
export type { FontMetrics, MeasureText, ShapingFont } from './measure';
export { layoutParagraph, layoutRtlParagraph } from './paragraph';
export type { LaidOutLine, LaidOutParagraph, ParagraphDirection, ParagraphOptions } from './paragraph';
export type { VisualPiece } from './visual-pieces';
export { READER_MARKS, readerClass, readerPageDirection, readerText } from './reader-order';
export { installReaderTextLayer, LINE_TEXT } from './reader-text-layer';
export type { RendererClass } from './reader-text-layer';
