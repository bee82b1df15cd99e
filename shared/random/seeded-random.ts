/**
 * Mulberry32: a small, fast, seeded 32-bit generator returning [0, 1). Reproducible from its seed: good
 * enough to pick a survey sample (shared/surveys/sampling.ts) or spread synthetic data (bench/), never for secrets.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}
