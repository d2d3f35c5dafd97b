// `npm run bench`: every benchmark in turn. Figures only, side by side with their baselines.
await import("./compare.bench");
await import("./import.bench");
await import("./compare-page.bench");
await import("./anchoring.bench");
await import("./export.bench");

export {};
