/**
 * Sampling from the registry (policy 3.8a–b): N beneficiaries drawn at random, stratified by category and
 * by the service received in the period, so each group is represented in proportion to its size. The
 * randomness is passed in (a seeded generator): the same seed over the same registry draws the same people.
 */
import { riyadhDateOf } from '../calendar/iso-date';
import { samplingAllowed } from '../consent/consent-log';
import type { BeneficiaryDoc } from '../db/schemas/beneficiary.schema';

export { seededRandom } from '../random/seeded-random';

export type SamplingUnit = { beneficiaryId: string; category: string; service: string };
export type SampledUnit = SamplingUnit & { stratum: string };

/** The service a beneficiary received in the period: the type of a request they were told the outcome of. */
type RequestLike = { beneficiaryId: string; requestType: { id: string }; history: readonly { to: string; at: string }[] };

export const NO_SERVICE = '';

/** A file as the frame reads it: with its consent when the caller has it (see samplingFrame). */
export type FrameBeneficiary = { id: string; categoryKey: string } & Partial<Pick<BeneficiaryDoc, 'consent' | 'consentLog'>>;

/**
 * One unit per beneficiary: their category and the service received in [from, to] (Riyadh dates); when
 * several, the first request type by id (stable); '' when none. Deleted files never come in (the caller reads live documents).
 * A person who withdrew their consent to survey sampling by `drawnAt` is left out (PDPL Art. 5: withdrawal
 * stops that processing); a file passed without its consent record is kept (the caller did not say).
 * `drawnAt` is required: the consent in force is the one at the draw.
 */
export function samplingFrame(
  beneficiaries: readonly FrameBeneficiary[],
  requests: readonly RequestLike[],
  period: { from: string; to: string },
  drawnAt: string,
): SamplingUnit[] {
  const served = new Map<string, string[]>();
  for (const request of requests) {
    const informed = request.history.some((entry) => {
      if (entry.to !== 'informed') return false;
      const ms = Date.parse(entry.at);
      if (Number.isNaN(ms)) return false;
      const day = riyadhDateOf(ms);
      return day >= period.from && day <= period.to;
    });
    if (informed) served.set(request.beneficiaryId, [...(served.get(request.beneficiaryId) ?? []), request.requestType.id]);
  }
  const allowed = beneficiaries.filter((b) => !b.consent || samplingAllowed({ consent: b.consent, consentLog: b.consentLog }, drawnAt));
  return allowed.map((b) => ({ beneficiaryId: b.id, category: b.categoryKey, service: (served.get(b.id) ?? []).sort()[0] ?? NO_SERVICE }));
}

const stratumOf = (unit: SamplingUnit): string => `${unit.category}|${unit.service}`;

/** Proportional allocation by largest remainder (ties by stratum key), never more than a stratum holds. */
function allocate(sizes: readonly [string, number][], n: number, total: number): Map<string, number> {
  const shares = sizes.map(([key, size]) => ({ key, size, exact: (n * size) / total }));
  const out = new Map(shares.map((s) => [s.key, Math.min(s.size, Math.floor(s.exact))]));
  let left = n - [...out.values()].reduce((a, b) => a + b, 0);
  const order = [...shares].sort((a, b) => b.exact - Math.floor(b.exact) - (a.exact - Math.floor(a.exact)) || a.key.localeCompare(b.key));
  while (left > 0) {
    const before = left;
    for (const share of order) {
      if (left === 0) break;
      if ((out.get(share.key) ?? 0) < share.size) {
        out.set(share.key, (out.get(share.key) ?? 0) + 1);
        left -= 1;
      }
    }
    if (left === before) break;
  }
  return out;
}

/**
 * Draws `size` units (all of them when the frame is smaller), stratified; order: by stratum, then drawn order.
 * `random` returns [0, 1) (seededRandom(seed) for a reproducible sample).
 */
export function drawStratifiedSample(frame: readonly SamplingUnit[], size: number, random: () => number): SampledUnit[] {
  const strata = new Map<string, SamplingUnit[]>();
  const sorted = [...frame].sort((a, b) => a.beneficiaryId.localeCompare(b.beneficiaryId));
  for (const unit of sorted) strata.set(stratumOf(unit), [...(strata.get(stratumOf(unit)) ?? []), unit]);
  const keys = [...strata.keys()].sort();
  const quota = allocate(keys.map((key) => [key, strata.get(key)?.length ?? 0]), Math.max(0, Math.min(size, frame.length)), frame.length || 1);
  const out: SampledUnit[] = [];
  for (const key of keys) {
    const pool = [...(strata.get(key) ?? [])];
    const take = quota.get(key) ?? 0;
    // Partial Fisher–Yates: the first `take` places get a uniform random choice each.
    for (let i = 0; i < take; i += 1) {
      const j = i + Math.floor(random() * (pool.length - i));
      [pool[i], pool[j]] = [pool[j]!, pool[i]!];
      out.push({ ...pool[i]!, stratum: key });
    }
  }
  return out;
}
