import { formatLocaleNumber, intlLocaleOf } from "../../../src/core/findings/localeFormat";
import { LANGS } from "../../../src/i18n";

describe("formatLocaleNumber", () => {
  test("writes small whole numbers as Intl does in every language, without asking it", () => {
    for (const lang of LANGS) {
      const intl = new Intl.NumberFormat(intlLocaleOf(lang), { maximumFractionDigits: 2 });
      for (const value of [0, -0, 1, 7, 42, 999, 1000, 1234, -1, -999, 0.5, 12.345, 1e21])
        expect(formatLocaleNumber(lang, value)).toBe(intl.format(value));
    }
  });
});
