import { badgeFormat } from "../../src/chart/formatBadge";
import { translatorFor } from "../../src/i18n";

describe("badgeFormat(lang, currency, translate)", () => {
  const en = badgeFormat("en", "CNY", translatorFor("en"));
  const zh = badgeFormat("zh-CN", "CNY", translatorFor("zh-CN"));

  test("counts with the language's grouping", () => {
    expect(en.count(12)).toBe("12");
    expect(en.count(100_000)).toBe("100,000");
    expect(zh.count(100_000)).toBe("100,000");
  });

  test("writes FTE with up to two decimals, compact from 10,000", () => {
    expect(en.fte(12.5)).toBe("12.5 FTE");
    expect(en.fte(33.8)).toBe("33.8 FTE");
    expect(en.fte(1)).toBe("1 FTE");
    expect(en.fte(2.333333)).toBe("2.33 FTE");
    expect(en.fte(85_432.5)).toBe("85.4K FTE");
    expect(zh.fte(12.5)).toBe("编制 12.5");
    expect(zh.fte(85_432.5)).toBe("编制 8.5万");
  });

  test("writes costs compact, in 万 and 亿 in Chinese", () => {
    expect(en.cost(1_200_000)).toBe("¥1.2M");
    expect(en.cost(950)).toBe("¥950");
    expect(en.cost(12_345_678)).toBe("¥12M");
    expect(zh.cost(1_200_000)).toBe("¥120万");
    expect(zh.cost(123_456_789)).toBe("¥1.2亿");
    expect(badgeFormat("en", "USD", translatorFor("en")).cost(2_500_000)).toBe("$2.5M");
  });

  test("writes a cost without a currency, or with a code Intl does not know", () => {
    expect(badgeFormat("en", "", translatorFor("en")).cost(1_200_000)).toBe("1.2M");
    expect(badgeFormat("zh-CN", "", translatorFor("zh-CN")).cost(1_200_000)).toBe("120万");
    expect(badgeFormat("en", "RMB1", translatorFor("en")).cost(1_200_000)).toBe("1.2M RMB1");
  });
});
