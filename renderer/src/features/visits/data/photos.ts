/**
 * Visit photos (policy 3.8c): made small on the desk (photo-compress.ts), kept in the desk's file store,
 * referenced from the visit, and carried to the server's file store when the desk is online (ARCHITECTURE.md
 * "Files": uploaded after the document, downloaded on demand), so the manager's desk can show and print them.
 */
import { getFileStore } from '@renderer/db/file-store';
import type { FileRef } from '@shared/files/file-ref';
import type { VisitDoc, VisitPhoto } from '@shared/db/schemas/visit.schema';
import { err, type Result } from '@shared/result';
import { addPhoto, removePhoto } from '@shared/visits';
import { photoConsentAt } from '@shared/consent/image-consent';
import type { VisitsDeps } from './deps';
import { compressPhoto } from './photo-compress';
import { changeVisit } from './visit-write';

export type PhotoInput = { file: Blob; name: string; source: VisitPhoto['source']; keepLocation: boolean; caption: string };

const store = async (deps: VisitsDeps) => deps.files ?? (await getFileStore());

/** Compresses, stores and references one photo; nothing is referenced when any step refuses. */
export async function addVisitPhoto(deps: VisitsDeps, id: string, input: PhotoInput): Promise<Result<VisitDoc, string>> {
  const compressed = await compressPhoto(input.file, input.keepLocation);
  if (typeof compressed === 'string') return err(`visits.errors.${compressed}`);
  const name = `${input.name.replace(/\.[^.]*$/, '') || 'photo'}.jpg`;
  const stored = await (await store(deps)).putFile(compressed.bytes.buffer, name, 'image/jpeg');
  if (!stored.ok) return err(`errors.${stored.error}`);
  const takenAt = deps.now().toISOString();
  const publicationConsent = await photoConsentOf(deps, id, takenAt);
  const result = await changeVisit(deps, id, 'visit.photo', (visit) => {
    if (visit.fieldWorkerId !== deps.actor.id && !deps.actor.roles.includes('admin')) return err('visits.errors.visit.not-assigned');
    const added = addPhoto(visit, stored.value, { caption: input.caption, takenAt, source: input.source, locationKept: input.keepLocation, publicationConsent });
    return added.ok ? added : err(`visits.errors.${added.error}`);
  });
  if (result.ok) void uploadPhotos(deps, result.value).catch(() => undefined);
  return result;
}

/** Whether the person visited had a photo consent in force at `at` (policy 3.6a); a site's photo: unknown. */
async function photoConsentOf(deps: VisitsDeps, visitId: string, at: string): Promise<VisitPhoto['publicationConsent']> {
  const visit = await deps.db.visits.findOne(visitId).exec();
  if (!visit || visit.target !== 'beneficiary' || visit.beneficiaryId === '') return 'unknown';
  const file = await deps.db.beneficiaries.findOne(visit.beneficiaryId).exec();
  return file ? photoConsentAt({ imageConsents: [...(file.imageConsents ?? [])] }, at) : 'unknown';
}

export function deleteVisitPhoto(deps: VisitsDeps, id: string, sha256: string): Promise<Result<VisitDoc, string>> {
  return changeVisit(deps, id, 'visit.photo-removed', (visit) => {
    const removed = removePhoto(visit, sha256);
    return removed.ok ? removed : err(`visits.errors.${removed.error}`);
  });
}

const fileUrl = (server: { url: string }, sha256: string): string => `${server.url.replace(/\/+$/, '')}/files/${sha256}`;

/** Photos this page has already handed to the server (a PUT is idempotent: the address is the content). */
const sent = new Set<string>();

/** Sends the visit's photos this desk holds and has not sent yet; does nothing offline. Returns how many went. */
export async function uploadPhotos(deps: VisitsDeps, visit: Pick<VisitDoc, 'photos'>): Promise<number> {
  const server = deps.server;
  if (!server || visit.photos.length === 0 || (typeof navigator !== 'undefined' && !navigator.onLine)) return 0;
  const files = await store(deps);
  let count = 0;
  for (const { file } of visit.photos) {
    if (sent.has(file.sha256)) continue;
    const local = await files.getFile(file.sha256);
    if (!local) continue;
    const put = await fetch(fileUrl(server, file.sha256), { method: 'PUT', headers: { authorization: `Bearer ${server.token}` }, body: await local.blob.arrayBuffer() });
    if (put.ok) {
      sent.add(file.sha256);
      count += 1;
    }
  }
  return count;
}

/** The photo's bytes: from this desk's store, else fetched from the server and kept. Null when neither has it. */
export async function photoBlob(deps: VisitsDeps, ref: FileRef): Promise<Blob | null> {
  const files = await store(deps);
  const local = await files.getFile(ref.sha256);
  if (local) return local.blob;
  if (!deps.server) return null;
  const response = await fetch(fileUrl(deps.server, ref.sha256), { headers: { authorization: `Bearer ${deps.server.token}` } }).catch(() => null);
  if (!response?.ok) return null;
  const bytes = await response.arrayBuffer();
  const kept = await files.putFile(bytes, ref.name, ref.type);
  return kept.ok && kept.value.sha256 === ref.sha256 ? new Blob([bytes], { type: ref.type }) : null;
}
