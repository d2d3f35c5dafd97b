/** What the throttle needs of a clock: the browser's timers, or a test's. */
export interface Timers {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

const browserTimers: Timers = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * Runs `refresh` at once when asked, then at most once every `interval` ms however often it is
 * asked: colleagues annotating together send bursts of live events, and each reload of a page
 * renders it all again. A request inside the interval is kept for its end, never dropped, so the
 * page always ends up showing the last change.
 */
export function throttleRefresh(refresh: () => void, interval: number, timers: Timers = browserTimers) {
  let last = -Infinity;
  let waiting: unknown = null;
  const run = () => {
    waiting = null;
    last = timers.now();
    refresh();
  };
  return {
    request(): void {
      if (waiting !== null) return;
      const wait = last + interval - timers.now();
      if (wait <= 0) run();
      else waiting = timers.setTimeout(run, wait);
    },
    cancel(): void {
      if (waiting !== null) timers.clearTimeout(waiting);
      waiting = null;
    },
  };
}
