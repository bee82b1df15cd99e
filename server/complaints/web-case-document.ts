import { randomUUID } from 'node:crypto';
import type { PublicSubmission } from '@shared/cases/public-submission';
import type { FileRef } from '@shared/files/file-ref';
import { humanNumberYear } from '@shared/numbers/human-number';
import type { Queryable } from '../db/database';
import type { CaseStatusView } from './page-html';

/**
 * The one place that knows the cases schema's shape (shared/db/schemas/case.schema.ts): the
 * document a public submission becomes, its number, and the status view read back from it.
 * TODO(cases schema): filled in once the schema lands.
 */
export const CASES_COLLECTION = 'cases';
/** The desk code of the public page's numbers: never a real desk's (desk registration refuses it). */
export const WEB_DESK_CODE = 'WEB';
/** The server's own actor on the documents it writes. */
export const WEB_ACTOR = 'server-web';

export type WebCaseInput = PublicSubmission;
export type WebAttachment = { sha256: string; bytes: Uint8Array; ref: FileRef };

export const PUBLIC_LIMITS = { description: 4000, name: 200, email: 254 } as const;

export async function nextWebCaseNumber(tx: Queryable, now: number): Promise<string> {
  const year = humanNumberYear(now);
  const rows = await tx.query<{ last_sequence: number }>(
    `INSERT INTO web_case_numbers (year, last_sequence) VALUES ($1, 1)
     ON CONFLICT (year) DO UPDATE SET last_sequence = web_case_numbers.last_sequence + 1 RETURNING last_sequence`,
    [year],
  );
  const sequence = Number(rows[0]?.last_sequence);
  return `${WEB_DESK_CODE}-C${year}-${String(sequence).padStart(6, '0')}`;
}

export function buildWebCase(input: WebCaseInput, meta: { caseNumber: string; now: number; attachment: FileRef | null }): Record<string, unknown> {
  const at = new Date(meta.now).toISOString();
  return {
    id: randomUUID(),
    caseNumber: meta.caseNumber,
    kind: input.kind,
    description: input.description,
    status: 'received',
    source: 'web',
    attachments: meta.attachment ? [meta.attachment] : [],
    createdAt: at,
    updatedAt: at,
    updatedBy: WEB_ACTOR,
    deskId: WEB_DESK_CODE,
  };
}

export function caseStatusView(doc: Record<string, unknown>): CaseStatusView {
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return {
    state: 'state.received',
    receivedAt: text(doc.createdAt).slice(0, 10),
    updatedAt: text(doc.updatedAt).slice(0, 10),
    dueDate: null,
    closedAt: null,
  };
}

/** A typed case number in its stored form (case, digits and dashes forgiven), or null when it is not one. */
export function canonicalWebCaseNumber(typed: string): string | null {
  const match = /^\s*([A-Za-z]{3})\s*-\s*([A-Za-z])(\d{4})\s*-\s*(\d{6,9})\s*$/.exec(typed);
  return match ? `${match[1]?.toUpperCase()}-${match[2]?.toUpperCase()}${match[3]}-${match[4]}` : null;
}
