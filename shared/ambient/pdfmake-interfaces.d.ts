/**
 * Stand-in for 'pdfmake/interfaces' in shared/tsconfig.json only. The real declarations
 * (@types/pdfmake) pull in the DOM library and Node's types, which would defeat the point of
 * compiling shared/ without them. shared/ only builds document definitions (plain objects);
 * their exact shapes are checked against the real declarations by the full compile
 * (tsconfig.json), which leaves this folder out.
 */
type Node = { [key: string]: unknown };

export type Alignment = 'left' | 'right' | 'center' | 'justify';
export type Margins = number | [number, number] | [number, number, number, number];
export type ContentText = Node;
export type ContentStack = Node;
export type ContentTable = Node;
export type ContentCanvas = Node;
export type ContentColumns = Node;
export type Content = string | Node | Content[];
export type TableCell = Content;
export type DynamicContent = (currentPage: number, pageCount: number) => Content | null | undefined;
export type TDocumentDefinitions = Node;
