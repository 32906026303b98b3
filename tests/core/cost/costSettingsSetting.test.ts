import {
  parseCostSettings,
  serializeCostSettings,
  type SavedCostSettings,
} from "../../../src/core/cost/costSettingsSetting";

describe("cost settings saved in the workbook", () => {
  test("round-trip: every setting and what the badges show come back as saved", () => {
    const saved: SavedCostSettings = {
      settings: {
        year: 2025,
        startMonth: 7,
        currency: "GBP",
        salaryBasis: "full-time",
        payPoint: "max",
        proration: "months",
        vacancies: "unfunded",
      },
      shown: "base",
    };
    expect(parseCostSettings(serializeCostSettings(saved))).toEqual(saved);
  });

  test("nothing saved, or text that is not JSON: the defaults (loaded cost, no settings fixed)", () => {
    expect(parseCostSettings(undefined)).toEqual({ settings: {}, shown: "loaded" });
    expect(parseCostSettings("{not json")).toEqual({ settings: {}, shown: "loaded" });
    expect(parseCostSettings("[1,2]")).toEqual({ settings: {}, shown: "loaded" });
  });

  test("a hand-edited setting out of range is left out, the rest kept; the currency is read upper case", () => {
    const parsed = parseCostSettings(
      JSON.stringify({
        year: 20.5,
        startMonth: 13,
        currency: " cny ",
        salaryBasis: "weekly",
        payPoint: "mid",
        proration: 3,
        vacancies: "funded",
        shown: "everything",
      }),
    );
    expect(parsed).toEqual({ settings: { currency: "CNY", payPoint: "mid", vacancies: "funded" }, shown: "loaded" });
    expect(parseCostSettings(JSON.stringify({ currency: "EURO" })).settings).toEqual({});
  });
});
