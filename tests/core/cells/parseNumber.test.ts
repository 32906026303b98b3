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

  test.each([
    ["30w", 300_000],
    ["25.5W", 255_000],
    ["30w/年", 300_000],
    ["1,20,000", 120_000],
    ["12,50,000.50", 1_250_000.5],
    ["12’000", 12_000],
    ["120,000元/年", 120_000],
    ["£30,000 p.a.", 30_000],
    ["€45000/a", 45_000],
    ["$95,000 per annum", 95_000],
    ["¥120000每年", 120_000],
  ])("reads pay as typed in Chinese, Indian, Swiss and British sheets: %p as %p", (input, expected) => {
    expect(parseNumber(input)).toBeCloseTo(expected, 10);
  });

  test.each([["12000元/月"], ["w"], ["pa"], ["1,2,00,000,0"], ["30x"]])(
    "does not read %p as a year's amount",
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
