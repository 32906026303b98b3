import fc from "fast-check";
import { IdIndex } from "../../../src/core/model/idIndex";

describe("IdIndex", () => {
  test("answers like a Map: first value wins, insertion order kept, through growth", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 4 }), { maxLength: 300 }), (keys) => {
        const index = new IdIndex(1);
        const map = new Map<string, number>();
        keys.forEach((key, i) => {
          const before = map.get(key);
          expect(index.addIfAbsent(key, i)).toBe(before);
          if (before === undefined) map.set(key, i);
        });
        expect(index.size).toBe(map.size);
        expect([...index]).toEqual([...map]);
        expect([...index.keys()]).toEqual([...map.keys()]);
        expect([...index.values()]).toEqual([...map.values()]);
        for (const key of keys) expect(index.get(key)).toBe(map.get(key));
        expect(index.has("never a key, too long")).toBe(false);
      }),
    );
  });

  test("holds 100,000 IDs, including ones that differ only by padding and width", () => {
    const index = new IdIndex();
    for (let i = 0; i < 100_000; i++) expect(index.addIfAbsent(`P${i}`, i)).toBeUndefined();
    expect(index.addIfAbsent("001", -1)).toBeUndefined();
    expect(index.addIfAbsent("1", -2)).toBeUndefined();
    expect(index.addIfAbsent("１", -3)).toBeUndefined();
    expect(index.get("P99999")).toBe(99_999);
    expect(index.get("001")).toBe(-1);
    expect(index.get("1")).toBe(-2);
    expect(index.size).toBe(100_003);
    let seen = 0;
    index.forEach(() => seen++);
    expect(seen).toBe(100_003);
  });
});
