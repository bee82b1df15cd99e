/** The Arabic PDF layout for pdfmake: see ARCHITECTURE.md, "Declaration PDF". */
export { isolateLtr, isolateRtl, withoutBidiControls } from './bidi-controls';
export { paragraphContent, rtlTable, rtlText, tableOuterWidth, TABLE_CELL_PADDING } from './content';
export type { RtlTableOptions, RtlTextOptions, TableColumn, TextStyle } from './content';
export { ARABIC_FONT_DIRECTORY, ARABIC_FONT_FAMILY, ARABIC_FONT_FILES, arabicFontDescriptors } from './fonts';
export { createFontMeasure, createFontMetrics } from './measure';
export type { FontMetrics, MeasureText, ShapingFont } from './measure';
export { layoutParagraph, layoutRtlParagraph } from './paragraph';
export type { LaidOutLine, LaidOutParagraph, ParagraphDirection, ParagraphOptions } from './paragraph';
export type { VisualPiece } from './visual-pieces';
