/** Types for pdfmake's published ES sources, which the worker bundles (see vite-plugin.ts). */
declare module 'pdfmake/src/index.js' {
  import type { TCreatedPdf, TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';

  interface VirtualFileSystem {
    existsSync(name: string): boolean;
    writeFileSync(name: string, content: Uint8Array): void;
    readFileSync(name: string): Uint8Array;
  }
  const pdfmake: {
    virtualfs: VirtualFileSystem;
    createPdf(definition: TDocumentDefinitions): Pick<TCreatedPdf, 'getBuffer'>;
    addFonts(fonts: TFontDictionary): void;
    setUrlAccessPolicy(callback: (url: string) => boolean): void;
    setLocalAccessPolicy(callback: (path: string) => boolean): void;
  };
  export default pdfmake;
}

declare module 'pdfmake/src/virtual-fs.js' {
  const virtualfs: {
    existsSync(name: string): boolean;
    writeFileSync(name: string, content: Uint8Array): void;
    readFileSync(name: string): Uint8Array;
  };
  export default virtualfs;
}

declare module 'pdfmake/src/Renderer.js' {
  import type { RendererClass } from '@shared/pdf/reader-text-layer';

  const Renderer: RendererClass;
  export default Renderer;
}
