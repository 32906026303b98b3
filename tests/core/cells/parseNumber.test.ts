import { parseNumber } from "../../../src/core/cells/parseNumber";

describe("parseNumber(cell)", () => {
  test.each([
    [1200, 1200],
    ["1200", 1200],
    ["1,200", 1200],
    ["1,200.50", 1200.5],
    ["¥120,000", 120000],
    ["￥120,000", 120000],
    ["RMB 120000", 120000],
    ["CNY120,000", 120000],
    ["120000元", 120000],
    ["$95,000.00", 95000],
    ["1.2e5", 120000],
    ["1.2E5", 120000],
    ["  42  ", 42],
    ["１２０", 120],
    ["50%", 0.5],
    ["55%", 0.55],
    ["(1,200)", -1200],
    ["-¥1,200", -1200],
    ["12万", 120000],
    ["1.5万", 15000],
    ["120k", 120000],
    ["0,5", 0.5],
    ["1,20", 1.2],
    ["1.234,50", 1234.5],
    ["€1.234.567,8", 1234567.8],
    [".5", 0.5],
    ["1 200", 1200],
  ])("reads %p as %p", (input, expected) => {
    expect(parseNumber(input)).toBeCloseTo(expected, 10);
  });

  test.each([["abc"], ["12-3"], ["1,2,3"], ["1.2.3"], ["¥"], [""], ["   "], ["#N/A"], ["NaN"], ["Infinity"], ["0x10"]])(
    "rejects %p",
    (input) => {
      expect(parseNumber(input)).toBeUndefined();
    },
  );

  test("rejects non-finite numbers, booleans, dates and blanks", () => {
    expect(parseNumber(Number.NaN)).toBeUndefined();
    expect(parseNumber(Number.POSITIVE_INFINITY)).toBeUndefined();
    expect(parseNumber(true)).toBeUndefined();
    expect(parseNumber(new Date())).toBeUndefined();
    expect(parseNumber(null)).toBeUndefined();
    expect(parseNumber({ error: "#REF!" })).toBeUndefined();
  });
});
