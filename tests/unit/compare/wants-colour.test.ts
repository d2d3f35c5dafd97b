import { describe, expect, it } from "vitest";
import { wantsColour } from "../../../lib/compare/wants-colour";

describe("wantsColour", () => {
  it("colours a terminal and not a pipe", () => {
    expect([wantsColour({}, true), wantsColour({}, false)]).toEqual([true, false]);
  });
  it("lets NO_COLOR turn colour off, even where FORCE_COLOR is set", () => {
    expect([wantsColour({ NO_COLOR: "1" }, true), wantsColour({ NO_COLOR: "1", FORCE_COLOR: "1" }, false)]).toEqual([false, false]);
  });
  it("lets FORCE_COLOR colour a pipe, unless it says 0 or false", () => {
    expect([wantsColour({ FORCE_COLOR: "1" }, false), wantsColour({ FORCE_COLOR: "" }, false), wantsColour({ FORCE_COLOR: "0" }, true), wantsColour({ FORCE_COLOR: "false" }, true)]).toEqual([true, true, false, false]);
  });
  it("ignores an empty NO_COLOR, as no-color.org says", () => {
    expect(wantsColour({ NO_COLOR: "" }, true)).toBe(true);
  });
});
