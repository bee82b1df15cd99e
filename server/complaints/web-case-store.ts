import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import type { CaseDoc } from '@shared/db/schemas/case.schema';
import type { Database, Queryable } from '../db/database';
import { insertFile } from '../http/file-routes';
import type { CollectionRegistry } from '../sync/collection-registry';
import { pushDocumentsIn } from '../sync/document-store';
import type { DuplicateRule } from '../sync/duplicates';
import { CASES_COLLECTION, buildWebCase, nextWebCaseNumber, readClockFacts, type WebAttachment, type WebCaseInput } from './web-case-document';

/**
 * Writing and reading the cases of the public complaint page (policy 3.5a). A submission becomes
 * one transaction: its number, its attachment's bytes, its hashed check code and the case document,
 * written as the server's own (pushDocuments: it gets a sequence and reaches every desk's pull like
 * any write). Any failure rolls all of it back: nothing half-saved.
 */
export type WebCaseDeps = { db: Database; registry: CollectionRegistry; duplicateRules: readonly DuplicateRule[]; channel: string; now: () => number };

export type CreatedWebCase = { caseNumber: string; checkCode: string; caseId: string };

// No 0/O, 1/I/L: read aloud or copied from a phone screen. 31 symbols x 10 = 49.5 bits (>= 40).
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 10;

export function newCheckCode(): string {
  const chars = Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]);
  return `${chars.slice(0, 5).join('')}-${chars.slice(5).join('')}`;
}

/** As typed: case, spaces and dashes do not matter. */
export function normalizeCheckCode(typed: string): string {
  const plain = typed.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return plain.length === CODE_LENGTH ? `${plain.slice(0, 5)}-${plain.slice(5)}` : plain;
}

/** The code is random (50 bits): a plain salted SHA-256 is enough, a slow KDF would only add latency. */
export function hashCheckCode(caseNumber: string, code: string): string {
  return createHash('sha256').update(`wasl-web-case\n${caseNumber}\n${code}`).digest('hex');
}

class FormAlreadyUsed extends Error {}

/** 'already-sent' when this served form (its nonce) has made a case before. */
export async function createWebCase(deps: WebCaseDeps, input: WebCaseInput, formNonce: string, attachment: WebAttachment | null): Promise<CreatedWebCase | 'already-sent'> {
  const checkCode = newCheckCode();
  try {
    return await deps.db.transaction(async (tx) => {
      const now = deps.now();
      if (attachment) await insertFile(tx, attachment.sha256, attachment.bytes);
      const facts = await readClockFacts(tx);
      // From the number on, submissions queue on the year's counter row until COMMIT: only short steps follow.
      const caseNumber = await nextWebCaseNumber(tx, now);
      const doc = buildWebCase(input, facts, { caseNumber, now, attachment: attachment?.ref ?? null });
      const caseId = String(doc.id);
      const stored = await tx.query(
        `INSERT INTO web_case_codes (case_number, case_id, code_hash, form_nonce) VALUES ($1, $2, $3, $4)
         ON CONFLICT (form_nonce) DO NOTHING RETURNING case_number`,
        [caseNumber, caseId, hashCheckCode(caseNumber, checkCode), formNonce],
      );
      if (stored.length === 0) throw new FormAlreadyUsed();
      const collection = deps.registry.get(CASES_COLLECTION);
      if (!collection) throw new Error('the cases collection is not registered');
      const problem = collection.validate(doc);
      // Input was checked against the schema's limits before: a refusal here is a bug, not bad input.
      if (problem) throw new Error(`web case does not match the cases schema: ${problem}`);
      await pushDocumentsIn(tx, [{ newDocumentState: { ...doc, _deleted: false } }], {
        collection: CASES_COLLECTION, primaryKey: collection.primaryKey, duplicateRules: deps.duplicateRules, channel: deps.channel,
      });
      return { caseNumber, checkCode, caseId };
    });
  } catch (error) {
    if (error instanceof FormAlreadyUsed) return 'already-sent';
    throw error;
  }
}

// Compared against when the number is unknown, so both answers cost one query and one comparison.
const NO_SUCH_HASH = Buffer.alloc(32);

/**
 * The case document for a number and check code, or null when either is wrong: the caller cannot
 * tell an unknown number from a wrong code (policy 3.5a: the status page must not confirm numbers).
 */
export async function findWebCase(db: Queryable, caseNumber: string, typedCode: string): Promise<CaseDoc | null> {
  const rows = await db.query<{ case_id: string; code_hash: string }>('SELECT case_id, code_hash FROM web_case_codes WHERE case_number = $1', [caseNumber]);
  const row = rows[0];
  const expected = row ? Buffer.from(row.code_hash, 'hex') : NO_SUCH_HASH;
  const given = Buffer.from(hashCheckCode(caseNumber, normalizeCheckCode(typedCode)), 'hex');
  const matches = timingSafeEqual(given, expected) && row !== undefined;
  if (!matches) return null;
  const docs = await db.query<{ data: CaseDoc }>('SELECT data FROM documents WHERE collection = $1 AND id = $2 AND NOT deleted', [CASES_COLLECTION, row.case_id]);
  return docs[0]?.data ?? null;
}
