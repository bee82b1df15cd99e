/**
 * RxDB's free Dexie storage prints a marketing banner with console.warn on the first write in a
 * realm ("RxDB Open Core RxStorage ... premium"). The only official switch is setPremiumFlag()
 * from the paid rxdb-premium package, which we do not have. The banner is not a diagnostic, yet
 * it would show in every desk's console and trip the "no console warnings" checks, so while
 * the database opens (that is where the first write happens) this swallows exactly that one
 * message and passes every other warning through. Nested/concurrent opens share one filter.
 */
const BANNER_PREFIX = '-------------- RxDB Open Core RxStorage';

let depth = 0;
let original: typeof console.warn | null = null;

function isBanner(args: unknown[]): boolean {
  const first = args[0];
  return typeof first === 'string' && first.startsWith(BANNER_PREFIX);
}

export async function withoutOpenCoreNotice<T>(open: () => Promise<T>): Promise<T> {
  if (depth === 0) {
    const warn = console.warn;
    original = warn;
    console.warn = (...args: unknown[]) => {
      if (!isBanner(args)) warn.apply(console, args);
    };
  }
  depth++;
  try {
    return await open();
  } finally {
    depth--;
    if (depth === 0 && original) {
      console.warn = original;
      original = null;
    }
  }
}
