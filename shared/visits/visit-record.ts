/**
 * What the field worker records besides the checklist (policy 3.8c-d): findings, photos (already
 * downscaled on the desk to ≤ 300 KB, EXIF location stripped unless kept on purpose) and interviews
 * (survey answers, by id). Each check refuses before anything is written. Pure.
 */
import type { FileRef } from '../files/file-ref';
import { VISIT_LIMITS, type VisitDoc, type VisitPhoto } from '../db/schemas/visit.schema';
import { RECORDING_STATUSES } from './visit-status';
import { err, ok, type Result } from '../result';

export type RecordError =
  | 'visit.not-recording'
  | 'visit.findings-too-long'
  | 'visit.too-many-photos'
  | 'visit.photo-too-large'
  | 'visit.photo-type'
  | 'visit.caption-too-long'
  | 'visit.too-many-interviews';

/** Photos are stored as JPEG or WebP after the desk re-encodes them (renderer/src/features/visits). */
const PHOTO_TYPES: readonly string[] = ['image/jpeg', 'image/webp'];

const recording = (visit: VisitDoc): boolean => RECORDING_STATUSES.includes(visit.status);

export function setFindings(visit: VisitDoc, findings: string): Result<VisitDoc, RecordError> {
  if (!recording(visit)) return err('visit.not-recording');
  const text = findings.trim();
  if (text.length > VISIT_LIMITS.findings) return err('visit.findings-too-long');
  return ok({ ...visit, findings: text });
}

/**
 * `publicationConsent`: whether the person visited had a photo consent in force when it was taken
 * (shared/consent/image-consent.ts photoConsentAt; policy 3.6a); 'unknown' for a site visit.
 */
export type PhotoMeta = { caption: string; takenAt: string; source: VisitPhoto['source']; locationKept: boolean; publicationConsent?: VisitPhoto['publicationConsent'] };

export function addPhoto(visit: VisitDoc, file: FileRef, meta: PhotoMeta): Result<VisitDoc, RecordError> {
  if (!recording(visit)) return err('visit.not-recording');
  if (visit.photos.length >= VISIT_LIMITS.photos) return err('visit.too-many-photos');
  if (!PHOTO_TYPES.includes(file.type)) return err('visit.photo-type');
  if (file.size > VISIT_LIMITS.photoBytes) return err('visit.photo-too-large');
  const caption = meta.caption.trim();
  if (caption.length > VISIT_LIMITS.caption) return err('visit.caption-too-long');
  // Publication consent is asked separately (policy 3.6a): without one in force a photo is for the report only.
  const photo: VisitPhoto = { file: { ...file }, caption, takenAt: meta.takenAt, source: meta.source, locationKept: meta.locationKept, publicationConsent: meta.publicationConsent ?? 'unknown' };
  return ok({ ...visit, photos: [...visit.photos, photo] });
}

export function removePhoto(visit: VisitDoc, sha256: string): Result<VisitDoc, RecordError> {
  if (!recording(visit)) return err('visit.not-recording');
  return ok({ ...visit, photos: visit.photos.filter((photo) => photo.file.sha256 !== sha256) });
}

/** An interview taken during the visit: the survey answer's id (the answer itself lives in `surveys`). */
export function addInterview(visit: VisitDoc, answerId: string): Result<VisitDoc, RecordError> {
  if (!recording(visit)) return err('visit.not-recording');
  if (visit.interviewIds.includes(answerId)) return ok(visit);
  if (visit.interviewIds.length >= VISIT_LIMITS.interviews) return err('visit.too-many-interviews');
  return ok({ ...visit, interviewIds: [...visit.interviewIds, answerId] });
}
