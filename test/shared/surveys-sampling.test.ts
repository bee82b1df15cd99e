import { describe, expect, it } from 'vitest';
import { drawStratifiedSample, samplingFrame, seededRandom, type SamplingUnit } from '../../shared/surveys/sampling';

/** 60 people: 30 'orphans' with food baskets, 20 'widows' with rent help, 10 'elderly' with no service. */
function frame(): SamplingUnit[] {
  const units: SamplingUnit[] = [];
  for (let i = 0; i < 30; i += 1) units.push({ beneficiaryId: `o-${String(i).padStart(2, '0')}`, category: 'orphans', service: 'food' });
  for (let i = 0; i < 20; i += 1) units.push({ beneficiaryId: `w-${String(i).padStart(2, '0')}`, category: 'widows', service: 'rent' });
  for (let i = 0; i < 10; i += 1) units.push({ beneficiaryId: `e-${String(i).padStart(2, '0')}`, category: 'elderly', service: '' });
  return units;
}

describe('stratified sampling (fixed seed)', () => {
  it('draws each stratum in proportion to its size', () => {
    const sample = drawStratifiedSample(frame(), 12, seededRandom(42));
    const per = (key: string) => sample.filter((u) => u.stratum === key).length;
    expect([per('orphans|food'), per('widows|rent'), per('elderly|')]).toEqual([6, 4, 2]);
    expect(new Set(sample.map((u) => u.beneficiaryId)).size).toBe(12);
  });

  it('the same seed draws the same people whatever the input order; another seed others', () => {
    const a = drawStratifiedSample(frame(), 10, seededRandom(7)).map((u) => u.beneficiaryId);
    const b = drawStratifiedSample(frame().reverse(), 10, seededRandom(7)).map((u) => u.beneficiaryId);
    const c = drawStratifiedSample(frame(), 10, seededRandom(8)).map((u) => u.beneficiaryId);
    expect(a).toEqual(b);
    expect(c).not.toEqual(a);
    expect(a).toEqual(['e-00', 'e-01', 'o-29', 'o-21', 'o-16', 'o-13', 'o-02', 'w-04', 'w-11', 'w-15']);
  });

  it('takes everyone when the registry is smaller than the sample, and nobody from nothing', () => {
    expect(drawStratifiedSample(frame().slice(0, 3), 10, seededRandom(1))).toHaveLength(3);
    expect(drawStratifiedSample([], 10, seededRandom(1))).toEqual([]);
  });

  it('the generator is uniform enough: every stratum member can be drawn', () => {
    const seen = new Set<string>();
    for (let seed = 0; seed < 200; seed += 1) for (const u of drawStratifiedSample(frame(), 6, seededRandom(seed))) seen.add(u.beneficiaryId);
    expect(seen.size).toBe(60);
  });

  it('the service is what the person was told the outcome of within the period (Riyadh dates)', () => {
    const units = samplingFrame(
      [{ id: 'b1', categoryKey: 'orphans' }, { id: 'b2', categoryKey: 'widows' }, { id: 'b3', categoryKey: 'widows' }],
      [
        { beneficiaryId: 'b1', requestType: { id: 'rent' }, history: [{ to: 'informed', at: '2026-03-31T21:30:00.000Z' }] }, // 1 April in Riyadh
        { beneficiaryId: 'b2', requestType: { id: 'food' }, history: [{ to: 'informed', at: '2026-03-15T09:00:00.000Z' }] },
        { beneficiaryId: 'b3', requestType: { id: 'food' }, history: [{ to: 'under-study', at: '2026-03-15T09:00:00.000Z' }] },
      ],
      { from: '2026-03-01', to: '2026-03-31' },
      '2026-04-02T09:00:00.000Z',
    );
    expect(units).toEqual([
      { beneficiaryId: 'b1', category: 'orphans', service: '' },
      { beneficiaryId: 'b2', category: 'widows', service: 'food' },
      { beneficiaryId: 'b3', category: 'widows', service: '' },
    ]);
  });
});
