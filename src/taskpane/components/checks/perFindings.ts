/**
 * A function of a findings array, worked out once per array and kept while the array lives (a WeakMap): the Checks
 * view is mounted again each time its tab opens, and at 100,000 positions grouping and counting ~46,000 findings
 * again would be most of what opening the tab costs.
 */
export function perFindings<T extends object, R>(work: (items: T) => R): (items: T) => R {
  const done = new WeakMap<T, R>();
  return (items) => {
    if (done.has(items)) return done.get(items)!;
    const result = work(items);
    done.set(items, result);
    return result;
  };
}
