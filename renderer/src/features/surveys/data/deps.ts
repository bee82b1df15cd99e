/**
 * What the surveys data functions need, passed in so tests use a real database and a fixed clock.
 * `random` draws the sample's seed (crypto on a desk; fixed in tests).
 */
import type { WaslDatabase } from '@renderer/db/database';
import type { Role } from '@shared/staff/roles';
import type { WriteContext } from '@shared/surveys/answer-record';

export interface SurveysDeps {
  db: WaslDatabase;
  actor: { id: string; roles: readonly Role[] };
  desk: { deskId: string };
  now: () => Date;
  newId?: () => string;
  /** a 32-bit seed for a new campaign's sample */
  newSeed?: () => number;
}

export const newIdOf = (deps: SurveysDeps): string => (deps.newId ?? (() => crypto.randomUUID()))();

export function writeContext(deps: SurveysDeps): WriteContext {
  return { id: newIdOf(deps), now: deps.now().toISOString(), staffId: deps.actor.id, deskId: deps.desk.deskId };
}

export function newSeed(deps: SurveysDeps): number {
  if (deps.newSeed) return deps.newSeed();
  return crypto.getRandomValues(new Uint32Array(1))[0] ?? 0;
}
