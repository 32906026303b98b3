import fc from "fast-check";
import { IdIndex } from "../../../src/core/model/idIndex";

describe("IdIndex", () => {
  test("answers like a Map of each key to the order it was first added in, through growth", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 4 }), { maxLength: 300 }), (keys) => {
        const index = new IdIndex(1);
        const map = new Map<string, number>();
        keys.forEach((key) => {
          const before = map.get(key);
          expect(index.addIfAbsent(key)).toBe(before);
          if (before === undefined) map.set(key, map.size);
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

  test("keys kept in their slot and keys too long for it (10 code units and more, any UTF-16) answer alike", () => {
    const key = fc.oneof(
      fc.string({ minLength: 8, maxLength: 14, unit: "binary" }),
      fc.string({ minLength: 9, maxLength: 12, unit: "grapheme" }),
      fc.constantFrom(
        "",
        "P0012345",
        "P00123456",
        "P001234567",
        "P0012345678",
        "\uffff\u8000x",
        "１２３４５６７８９０１",
      ),
    );
    fc.assert(
      fc.property(fc.array(key, { maxLength: 200 }), (keys) => {
        const index = new IdIndex(1);
        const map = new Map<string, number>();
        for (const k of keys) {
          const before = map.get(k);
          expect(index.addIfAbsent(k)).toBe(before);
          if (before === undefined) map.set(k, map.size);
        }
        for (const k of keys) {
          expect(index.get(k)).toBe(map.get(k));
          // The same text with its last code unit changed, or one more: never found unless it is a key itself.
          const other = k === "" ? "x" : k.slice(0, -1) + String.fromCharCode(k.charCodeAt(k.length - 1) ^ 1);
          expect(index.get(other)).toBe(map.get(other));
          expect(index.get(`${k}0`)).toBe(map.get(`${k}0`));
        }
        expect([...index]).toEqual([...map]);
      }),
    );
  });

  test("holds 100,000 IDs, including ones that differ only by padding and width", () => {
    const index = new IdIndex();
    for (let i = 0; i < 100_000; i++) expect(index.addIfAbsent(`P${i}`)).toBeUndefined();
    expect(index.addIfAbsent("001")).toBeUndefined();
    expect(index.addIfAbsent("1")).toBeUndefined();
    expect(index.addIfAbsent("１")).toBeUndefined();
    expect(index.addIfAbsent("P5")).toBe(5);
    expect(index.get("P99999")).toBe(99_999);
    expect(index.get("001")).toBe(100_000);
    expect(index.get("1")).toBe(100_001);
    expect(index.size).toBe(100_003);
    let seen = 0;
    index.forEach(() => seen++);
    expect(seen).toBe(100_003);
  });

  test("keys hashed ahead (hashOf, then addHashedIfAbsent / getHashed) answer as added and looked up directly", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 12 }), { maxLength: 200 }), (keys) => {
        const direct = new IdIndex(1);
        const hashed = new IdIndex(1);
        for (const key of keys) {
          hashed.touch(hashed.hashOf(key));
          expect(hashed.addHashedIfAbsent(key, hashed.hashOf(key))).toBe(direct.addIfAbsent(key));
        }
        for (const key of [...keys, "never a key, too long"])
          expect(hashed.getHashed(key, hashed.hashOf(key))).toBe(direct.get(key));
      }),
    );
  });
});
