import fc from "fast-check";
import { DEFAULT_CAPABILITIES } from "../../../src/core/capabilities/defaultCatalogue";
import { normalizeHeader } from "../../../src/core/columns/normalizeHeader";
import { indexCapabilityNames } from "../../../src/core/coverage/capabilityNameIndex";
import { editDistance } from "../../../src/core/coverage/editDistance";
import { maxSuggestionDistance, suggestCapabilityName } from "../../../src/core/coverage/suggestCapabilityName";

describe("editDistance(a, b)", () => {
  test.each([
    ["", "", 0],
    ["", "abc", 3],
    ["retention", "retention", 0],
    ["retension", "retention", 1],
    ["retnetion", "retention", 1], // a swap of neighbours is one edit
    ["kitten", "sitting", 3],
    ["ca", "abc", 3], // optimal string alignment, not unrestricted Damerau–Levenshtein (2)
    ["拉心", "拉新", 1],
    ["留住", "留存", 1],
    ["用户增长", "用户关系维护", 4],
    ["𠀀a", "a", 1], // a character outside the BMP is one character
  ])("%p → %p is %p", (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe("editDistance(a, b, max)", () => {
  const text = fc.string({ unit: fc.constantFrom("a", "b", "c", "拉", "新", "𠀀"), maxLength: 9 });

  test("with a limit: the distance when within it, else limit + 1", () => {
    fc.assert(
      fc.property(text, text, fc.nat(6), (a, b, max) => {
        expect(editDistance(a, b, max)).toBe(Math.min(editDistance(a, b), max + 1));
      }),
    );
  });

  test("symmetric, zero only for equal texts, between the length difference and the longer length", () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const d = editDistance(a, b);
        const [m, n] = [Array.from(a).length, Array.from(b).length];
        expect(editDistance(b, a)).toBe(d);
        expect(d === 0).toBe(a === b);
        expect(d).toBeGreaterThanOrEqual(Math.abs(m - n));
        expect(d).toBeLessThanOrEqual(Math.max(m, n));
      }),
    );
  });
});

describe("suggestCapabilityName(normalized, index)", () => {
  const index = indexCapabilityNames(DEFAULT_CAPABILITIES);
  const suggest = (name: string) => suggestCapabilityName(normalizeHeader(name), index);

  test("the threshold: one edit per three characters, at least one, never the whole name", () => {
    expect([1, 2, 3, 5, 6, 9, 12].map(maxSuggestionDistance)).toEqual([0, 1, 1, 1, 2, 3, 4]);
  });

  test.each([
    ["Retension", "Retention"],
    ["retnetion", "Retention"],
    ["Aquisition", "Acquisition"],
    ["Growth Planing", "Growth planning"],
    ["Campaign execusion", "Campaign execution"],
    ["拉心", "拉新"],
    ["留住", "留存"],
    ["内容测划", "内容策划"],
    ["活动效果评价", "活动效果评估"],
  ])("%p → %p", (name, suggestion) => {
    expect(suggest(name)).toBe(suggestion);
  });

  test.each(["Finance", "Legal review", "财务", "法务审核", "X"])("%p: nothing close enough", (name) => {
    expect(suggest(name)).toBeUndefined();
  });

  test("a Chinese name is never matched to an English one, and the other way round", () => {
    expect(suggest("Liu Cun")).toBeUndefined();
    expect(suggest("Retention新")).toBeUndefined();
  });
});
