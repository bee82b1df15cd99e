/**
 * fontkit for the PDF worker, parsed once and shaped once. pdfkit calls `create(bytes)` for every
 * document (re-reading the font's tables, ~65 ms for Amiri's two faces) and keeps its shaping
 * cache per document (~100 ms of Arabic shaping per document). The Vite plugin (vite-plugin.ts)
 * makes pdfkit's `import { create } from 'fontkit'` land here, so without touching pdfmake or
 * pdfkit code:
 * - `create` returns the same Font for the same bytes object (pdfmake's virtual file system hands
 *   pdfkit the very Buffer the worker stored), so table parsing happens once per worker;
 * - that Font's `layout` is memoised across documents. pdfkit scales the positions of the run it
 *   gets in place, so every call returns a fresh copy of the stored run (glyph objects are shared:
 *   neither pdfkit nor our measure changes them).
 */
import { create as fontkitCreate, type Font, type FontCollection, type GlyphRun } from 'fontkit';

type LayoutArgs = Parameters<Font['layout']>;

/** Distinct runs kept per face before the memo starts over (Arabic documents use a few thousand). */
const MAX_RUNS = 50_000;

const fonts = new WeakMap<object, Map<string, Font | FontCollection>>();

function copyOf<T extends object>(value: T): T {
  return Object.assign(Object.create(Object.getPrototypeOf(value) as object) as T, value);
}

function copyRun(run: GlyphRun): GlyphRun {
  const copy = copyOf(run);
  copy.glyphs = run.glyphs.slice();
  copy.positions = run.positions.map(copyOf);
  return copy;
}

function featuresKey(features: LayoutArgs[1]): string {
  if (!features) return '';
  return Array.isArray(features) ? features.join(',') : JSON.stringify(features);
}

function memoiseLayout(font: Font): void {
  const layout = font.layout.bind(font);
  const runs = new Map<string, GlyphRun>();
  font.layout = (text, features, script, language, direction) => {
    const key = `${featuresKey(features)}\u0001${script ?? ''}\u0001${language ?? ''}\u0001${direction ?? ''}\u0001${text}`;
    let run = runs.get(key);
    if (!run) {
      if (runs.size >= MAX_RUNS) runs.clear();
      // fontkit may note applied features in the object it is given: it gets its own copy.
      const own = features && (Array.isArray(features) ? [...features] : { ...features });
      run = layout(text, own, script, language, direction);
      runs.set(key, run);
    }
    return copyRun(run);
  };
}

/** fontkit's `create`, cached per bytes object (and postscript name) for the worker's lifetime. */
export function create(buffer: Uint8Array, postscriptName?: string): Font | FontCollection {
  let byName = fonts.get(buffer);
  if (!byName) {
    byName = new Map();
    fonts.set(buffer, byName);
  }
  const name = postscriptName ?? '';
  let font = byName.get(name);
  if (!font) {
    font = fontkitCreate(buffer as Parameters<typeof fontkitCreate>[0], postscriptName);
    if ('layout' in font) memoiseLayout(font);
    byName.set(name, font);
  }
  return font;
}
