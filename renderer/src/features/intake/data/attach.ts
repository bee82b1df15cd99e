/**
 * Attaching scans to checklist lines. The bytes go to the desk's file store first (refused there when
 * too large, empty or not an allowed type: nothing is written anywhere), then the reference is added
 * to the line under the request's write lock, which also re-checks that the request is still a draft.
 */
import { getFileStore } from '@renderer/db/file-store';
import { REQUEST_LIMITS, type ChecklistEntry, type RequestDoc } from '@shared/db/schemas/request.schema';
import { err, ok, type Result } from '@shared/result';
import { canTakeIntake, intakeError, type IntakeDeps, type IntakeError } from './deps';
import { readRequest, withRequest, writeRequest } from './request-write';

/** A picked file (a DOM File fits), or bytes with their name and claimed type. */
export type AttachmentInput = Blob & { name: string } | { data: Blob | ArrayBuffer; name: string; type: string };

function precheck(doc: RequestDoc | null, requirementId: string): IntakeError | null {
  if (!doc) return intakeError('intake.not-found');
  if (doc.status !== 'draft') return intakeError('intake.not-draft');
  if (!doc.requestType.requirements.some((r) => r.id === requirementId)) return intakeError('intake.unknown-requirement', { requirementId });
  if ((doc.checklist[requirementId]?.files.length ?? 0) >= REQUEST_LIMITS.filesPerRequirement) return intakeError('intake.too-many-files', { requirementId });
  return null;
}

/** Stores the file and adds it to the line, which becomes provided. The same content twice is kept once. */
export async function attachToRequirement(
  deps: IntakeDeps,
  id: string,
  requirementId: string,
  file: AttachmentInput,
): Promise<Result<RequestDoc, IntakeError>> {
  if (!canTakeIntake(deps.actor)) return err(intakeError('intake.role'));
  const early = precheck(await readRequest(deps, id), requirementId);
  if (early) return err(early);
  const store = deps.files ?? (await getFileStore());
  const [data, name, type] = 'data' in file ? [file.data, file.name, file.type] : [file, file.name, file.type];
  const put = await store.putFile(data, name, type);
  if (!put.ok) return err(intakeError(put.error, { requirementId }));
  const ref = put.value;
  return withRequest(id, async () => {
    const doc = await readRequest(deps, id);
    const problem = precheck(doc, requirementId);
    if (problem || !doc) return err(problem ?? intakeError('intake.not-found'));
    const line: ChecklistEntry = doc.checklist[requirementId] ?? { provided: false, files: [] };
    if (line.files.some((f) => f.sha256 === ref.sha256)) return ok(doc);
    doc.checklist[requirementId] = { ...line, provided: true, files: [...line.files, ref] };
    return ok(await writeRequest(deps, doc, { action: 'request.attach', fields: [`checklist.${requirementId}`] }));
  });
}

/**
 * Removes a file from a line (the bytes stay in the store: another request may hold the same scan).
 * A document line with no file left is no longer provided.
 */
export async function detachFromRequirement(
  deps: IntakeDeps,
  id: string,
  requirementId: string,
  sha256: string,
): Promise<Result<RequestDoc, IntakeError>> {
  if (!canTakeIntake(deps.actor)) return err(intakeError('intake.role'));
  return withRequest(id, async () => {
    const doc = await readRequest(deps, id);
    if (!doc) return err(intakeError('intake.not-found'));
    if (doc.status !== 'draft') return err(intakeError('intake.not-draft'));
    const requirement = doc.requestType.requirements.find((r) => r.id === requirementId);
    if (!requirement) return err(intakeError('intake.unknown-requirement', { requirementId }));
    const line = doc.checklist[requirementId];
    if (!line || !line.files.some((f) => f.sha256 === sha256)) return ok(doc);
    const files = line.files.filter((f) => f.sha256 !== sha256);
    doc.checklist[requirementId] = { ...line, files, provided: requirement.kind === 'document' ? files.length > 0 : line.provided };
    return ok(await writeRequest(deps, doc, { action: 'request.detach', fields: [`checklist.${requirementId}`] }));
  });
}
