/**
 * Sets of codes from one of the domain's lists (TOWNS, CATEGORIES…) written as one number's bits, for the files the
 * site ships compactly: the finder's search data and the calendar functions' feed data.
 */

/**
 * Positions of some codes in one of the domain's lists, refusing a code not in it.
 * @example positionsIn(TOWNS, ["hanley"]) // [2]
 */
export function positionsIn<T extends string>(list: readonly T[], values: readonly T[]): number[] {
  return values.map((value) => {
    const position = list.indexOf(value);
    if (position < 0) throw new Error(`"${value}" is not one of ${list.join(", ")}.`);
    return position;
  });
}

/**
 * Some codes as the set of their positions in one of the domain's lists, written as bits (position p is 2^p).
 * @example toBits(TOWNS, ["tunstall", "hanley"]) // 5
 */
export function toBits<T extends string>(list: readonly T[], values: readonly T[]): number {
  if (list.length > 30) throw new Error(`A list of ${list.length} codes has too many to write as bits.`);
  return positionsIn(list, values).reduce((bits, position) => bits | (1 << position), 0);
}

/** Each position in a set written by `toBits`, in order. */
export function eachBit(bits: number, visit: (position: number) => void): void {
  for (let position = 0; bits >> position !== 0; position++) if ((bits >> position) & 1) visit(position);
}

/**
 * The codes of a set written by `toBits`.
 * @example fromBits(TOWNS, 5) // ["tunstall", "hanley"]
 */
export function fromBits<T extends string>(list: readonly T[], bits: number): T[] {
  const codes: T[] = [];
  eachBit(bits, (position) => codes.push(list[position]!));
  return codes;
}
