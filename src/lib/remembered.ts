/**
 * A value made once per key and then reused, until `limit` keys are held (then all are forgotten and it starts
 * again): for work that many listings share, such as the Luxon DateTime of a day or the text of a date, in a
 * process that may live long.
 * @example const stampOf = remembered((date: string) => slowStamp(date), 50_000); stampOf("2027-12-31")
 */
export function remembered<K, V>(make: (key: K) => V, limit: number): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      if (known.size >= limit) known.clear();
      value = make(key);
      known.set(key, value);
    }
    return value;
  };
}
