// The shared taxonomy analysts start with; editors add and rename tags.
export const demoTags = [
  { slug: "human-rights", name: "Human rights" },
  { slug: "privacy", name: "Privacy" },
  { slug: "freedom-of-expression", name: "Freedom of expression" },
  { slug: "scope", name: "Scope" },
  { slug: "criminalisation", name: "Criminalisation" },
  { slug: "dual-criminality", name: "Dual criminality" },
  { slug: "safeguards", name: "Safeguards" },
  { slug: "proportionality", name: "Proportionality" },
  { slug: "data-retention", name: "Data retention" },
  { slug: "cross-border-access", name: "Cross-border access to data" },
  { slug: "international-cooperation", name: "International cooperation" },
  { slug: "journalists-and-researchers", name: "Journalists and security researchers" },
] as const;
