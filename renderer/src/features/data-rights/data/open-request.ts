/**
 * Opening a data request from the form: a guardian's proof (the deed or court order: PDPL, a guardian
 * acts for a person without full legal capacity) is stored in the desk's file store first and the
 * request refers to it; everything else is judged by the pure machine (newDataRequest) before anything
 * is written, so bad input stores no request (a stored proof alone is content-addressed bytes, kept
 * only while something refers to it).
 */
import { getFileStore, type FileStore } from '@renderer/db/file-store';
import type { DataRequestPart, Requester } from '@shared/data-requests/data-request';
import { newDataRequest } from '@shared/data-requests/data-request';
import type { CaseDoc } from '@shared/db/schemas/case.schema';
import { riyadhDateOf } from '@shared/calendar/iso-date';
import { err, type Result } from '@shared/result';
import { openDataRequest, type DataRequestFailure, type DataRightsDeps } from './data-request-write';

export type OpenRequestForm = {
  subKind: string;
  receivedVia: DataRequestPart['receivedVia'];
  requesterKind: Requester['kind'];
  guardianName: string;
  proof: File | null;
  description: string;
};
export type OpenFailure = DataRequestFailure | 'data-request.proof-file';

export async function openRequestFromForm(deps: DataRightsDeps & { files?: Pick<FileStore, 'putFile'> }, beneficiaryId: string, form: OpenRequestForm): Promise<Result<CaseDoc, OpenFailure>> {
  const guardian = form.requesterKind === 'guardian';
  // Judged once without the proof's bytes (a placeholder reference), so a bad kind or a missing name stores nothing.
  const placeholder = form.proof ? { sha256: '0'.repeat(64), name: 'proof.pdf', type: 'application/pdf' as const, size: 1 } : null;
  const requester: Requester = guardian ? { kind: 'guardian', name: form.guardianName, proof: placeholder } : { kind: 'self', name: '', proof: null };
  const judged = newDataRequest({ subKind: form.subKind, receivedVia: form.receivedVia, receivedOn: riyadhDateOf(deps.now().getTime()), requester });
  if (!judged.ok) return judged;
  let proof = null;
  if (guardian && form.proof) {
    const stored = await (deps.files ?? (await getFileStore())).putFile(form.proof, form.proof.name, form.proof.type);
    if (!stored.ok) return err('data-request.proof-file');
    proof = stored.value;
  }
  return openDataRequest(deps, beneficiaryId, {
    subKind: form.subKind, receivedVia: form.receivedVia, requester: guardian ? { kind: 'guardian', name: form.guardianName, proof } : requester, description: form.description,
  });
}
