/**
 * The one Arabic font of Wasl's documents: Amiri (SIL OFL 1.1, resources/fonts/OFL.txt),
 * a full TTF with Arabic, Latin letters, both digit sets, brackets, % and @. The bytes
 * are loaded by the caller (fs in Node, fetch in the renderer's worker) and given to
 * pdfmake under these file names, so the desktop app and the browser build embed the
 * same file and produce the same PDF.
 */
export const ARABIC_FONT_FAMILY = 'Amiri';

export const ARABIC_FONT_FILES = {
  normal: 'Amiri-Regular.ttf',
  bold: 'Amiri-Bold.ttf',
} as const;

/** Where the files live in the repository (copied into builds from there). */
export const ARABIC_FONT_DIRECTORY = 'resources/fonts';

/** pdfmake's font table. Arabic has no italics, so italic requests fall back to upright faces. */
export function arabicFontDescriptors(): Record<string, { normal: string; bold: string; italics: string; bolditalics: string }> {
  return {
    [ARABIC_FONT_FAMILY]: {
      normal: ARABIC_FONT_FILES.normal,
      bold: ARABIC_FONT_FILES.bold,
      italics: ARABIC_FONT_FILES.normal,
      bolditalics: ARABIC_FONT_FILES.bold,
    },
  };
}
