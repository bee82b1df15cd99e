/** The benchmarks' seeded PRNG is the app's own (same seed, same data): shared/random/seeded-random.ts. */
export { seededRandom as prng } from '../../shared/random/seeded-random';
