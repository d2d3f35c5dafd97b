import { pick, randomInt, seededRandom as generator, shuffle } from "../../../helpers/seeded-random";

// The synthetic variants draw from one seeded generator, so they are the same on every run.

export interface Random {
  /** 0 ≤ x < 1. */
  next(): number;
  /** 0 ≤ n < size. */
  below(size: number): number;
  pick<T>(items: readonly T[]): T;
  shuffle<T>(items: readonly T[]): T[];
}

export function seededRandom(seed: number): Random {
  const next = generator(seed);
  return {
    next,
    below: (size) => randomInt(next, size),
    pick: (items) => pick(next, items),
    shuffle: (items) => shuffle(next, items),
  };
}
