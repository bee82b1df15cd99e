import type { PullResponse, SyncDocument } from '@shared/sync/protocol';

/**
 * A pull's answer written from the documents' stored JSON text rather than stringified again: the
 * store reads `data` as text and parses it once (the access rules judge objects), and a document the
 * rules pass unchanged goes out as that text. Bench sync, 50 desks: re-stringifying each pulled
 * page was the server's largest cost after the stream's. A document the rules replaced (a case's
 * tombstone) or built elsewhere has no text kept: it is stringified as before.
 */
const storedText = new WeakMap<SyncDocument, string>();

/** The document as pulls hand it out ({ ...data, _deleted }), its stored text kept for pullJson. */
export function documentFromText(text: string, deleted: boolean): SyncDocument {
  const doc = { ...(JSON.parse(text) as Record<string, unknown>), _deleted: deleted };
  // Kept only for the plain case: a stored object without its own _deleted key, so the text plus the
  // key is exactly the document (key order too: the spread puts _deleted last).
  if (text.startsWith('{') && text.endsWith('}') && !text.includes('"_deleted"')) storedText.set(doc, text);
  return doc;
}

function documentJson(doc: SyncDocument): string {
  const text = storedText.get(doc);
  if (text === undefined) return JSON.stringify(doc);
  const deleted = doc._deleted === true ? 'true' : 'false';
  return text === '{}' ? `{"_deleted":${deleted}}` : `${text.slice(0, -1)},"_deleted":${deleted}}`;
}

/** JSON.stringify(answer), each document from its stored text where it has one. */
export function pullJson(answer: PullResponse & { remaining?: number }): string {
  const { documents, ...rest } = answer;
  const tail = JSON.stringify(rest);
  return `{"documents":[${documents.map(documentJson).join(',')}]${tail === '{}' ? '' : `,${tail.slice(1, -1)}`}}`;
}
