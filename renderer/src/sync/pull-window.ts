/**
 * How far a pull may run ahead of what is written. RxDB asks for the next page as soon as one
 * arrives, without waiting for it to be written, and merges every page still waiting into one
 * write: on a first sync of 100,000 files all pages were in by 38 s and ~60,000 files then went in
 * as one write that ended at ~110 s, so progress stood still and none of them could be searched
 * until it ended. Bounded, each write takes the few pages that came in while the last was written,
 * and the files become searchable page by page (what the person at the desk waits for).
 *
 * Documents RxDB does not write (already here as the server has them) never count as written, so a
 * pull that makes no progress for `stallMs` goes on anyway: the window may slow a pull, never stop it.
 */
export type PullWindow = {
  /** resolves when the next page may be asked for */
  room(): Promise<void>;
  /** a page's documents came in */
  fetched(count: number): void;
  /** one pulled document was written to the desk */
  written(): void;
  /** lets every waiter go; the window does not hold anything back any more */
  close(): void;
};

/**
 * `aheadDocs`: the next page is asked for while fewer pulled documents than this wait to be written (a
 * page is written as one, so N pages' worth lets N pages wait while the next comes in).
 */
export function createPullWindow(options: { aheadDocs: number; stallMs: number }): PullWindow {
  let fetched = 0;
  let written = 0;
  let closed = false;
  let waiters: (() => void)[] = [];
  let stallTimer: ReturnType<typeof setTimeout> | undefined;
  const hasRoom = () => closed || fetched - written < options.aheadDocs;
  const letGo = () => {
    clearTimeout(stallTimer);
    stallTimer = undefined;
    const released = waiters;
    waiters = [];
    for (const release of released) release();
  };
  // Restarted by every write: the window gives up only when nothing is written for stallMs.
  const armStall = () => {
    clearTimeout(stallTimer);
    stallTimer = setTimeout(() => {
      written = fetched;
      letGo();
    }, options.stallMs);
  };
  return {
    room() {
      if (hasRoom()) return Promise.resolve();
      return new Promise<void>((resolve) => {
        waiters.push(resolve);
        if (stallTimer === undefined) armStall();
      });
    },
    fetched(count) {
      fetched += count;
    },
    written() {
      // A live change written here was not fetched by a page: it does not widen the window.
      written = Math.min(written + 1, fetched);
      if (waiters.length === 0) return;
      if (hasRoom()) letGo();
      else armStall();
    },
    close() {
      closed = true;
      letGo();
    },
  };
}
