/**
 * In Chromium, for sync.ready100k_s: how long until the app's search finds a file being pulled.
 */
import type { SearchIndex } from '../../renderer/src/db/search-index';

/** The desk's blind-index key has this shape (64 hex characters). */
export const BLIND_KEY = '5e'.repeat(32);
const POLL_MS = 100;

/**
 * Asks the app's search (the one search box, as the registry does) for a national ID every
 * POLL_MS until it answers; resolves with the ms since t0 when it did (null once told to stop).
 */
export async function searchUntilFound(index: SearchIndex, nationalId: string, t0: number, stop: { done: boolean }): Promise<number | null> {
  while (!stop.done) {
    if ((await index.search(nationalId, 1)).length > 0) return performance.now() - t0;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return null;
}
