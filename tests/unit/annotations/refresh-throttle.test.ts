import { describe, expect, it } from "vitest";
import { throttleRefresh, type Timers } from "../../../lib/annotations/refresh-throttle";

/** A clock that moves only when told, running what falls due. */
function testClock() {
  let now = 0;
  let timers: { at: number; callback: () => void; handle: number }[] = [];
  let next = 0;
  const clock: Timers & { advance(ms: number): void } = {
    now: () => now,
    setTimeout: (callback, ms) => {
      timers.push({ at: now + ms, callback, handle: ++next });
      return next;
    },
    clearTimeout: (handle) => {
      timers = timers.filter((timer) => timer.handle !== handle);
    },
    advance(ms) {
      now += ms;
      const due = timers.filter((timer) => timer.at <= now);
      timers = timers.filter((timer) => timer.at > now);
      due.forEach((timer) => timer.callback());
    },
  };
  return clock;
}

describe("reloading a page for live events", () => {
  it("reloads at once for a single event", () => {
    const clock = testClock();
    let reloads = 0;
    throttleRefresh(() => reloads++, 1000, clock).request();
    expect(reloads).toBe(1);
  });

  it("reloads a burst of events once at once and once at the end, never losing the last", () => {
    const clock = testClock();
    let reloads = 0;
    const throttle = throttleRefresh(() => reloads++, 1000, clock);
    for (let event = 0; event < 20; event++) {
      throttle.request();
      clock.advance(30);
    }
    expect(reloads).toBe(1);
    clock.advance(1000);
    expect(reloads).toBe(2);
    clock.advance(5000);
    expect(reloads).toBe(2);
  });

  it("reloads at once again once the interval has passed", () => {
    const clock = testClock();
    let reloads = 0;
    const throttle = throttleRefresh(() => reloads++, 1000, clock);
    throttle.request();
    clock.advance(1500);
    throttle.request();
    expect(reloads).toBe(2);
  });

  it("reloads nothing more once the page has gone", () => {
    const clock = testClock();
    let reloads = 0;
    const throttle = throttleRefresh(() => reloads++, 1000, clock);
    throttle.request();
    throttle.request();
    throttle.cancel();
    clock.advance(2000);
    expect(reloads).toBe(1);
  });
});
