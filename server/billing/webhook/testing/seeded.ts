// A seeded random source (mulberry32), so a failing permutation can be run again by its seed.
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const shuffle = <T>(items: readonly T[]): T[] => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [out[i], out[j]] = [out[j]!, out[i]!];
    }
    return out;
  };
  /** Each item once in random order, with some of them again (redeliveries). */
  const shuffledWithDuplicates = <T>(items: readonly T[], duplicateChance: number): T[] =>
    shuffle([...items, ...items.filter(() => next() < duplicateChance)]);
  return { next, shuffle, shuffledWithDuplicates };
}
