import { costFormFrom, readCostForm } from "../../../src/taskpane/cost/costSettingsForm";

describe("the cost settings form", () => {
  test("filled from nothing saved: the year costed, January, the main currency, the header's basis, the defaults", () => {
    const form = costFormFrom({ settings: {}, shown: "loaded" }, 2026);
    expect(form).toEqual({
      year: "2026",
      startMonth: "1",
      currency: "",
      salaryBasis: "auto",
      payPoint: "mid",
      proration: "days",
      vacancies: "funded",
      shown: "loaded",
    });
    // Read back, "auto" leaves the salary basis out so the header still decides.
    const read = readCostForm(form);
    expect(read).toEqual({
      ok: true,
      saved: {
        settings: { year: 2026, startMonth: 1, currency: "", payPoint: "mid", proration: "days", vacancies: "funded" },
        shown: "loaded",
      },
    });
  });

  test("a saved choice reads back as saved; the currency is upper-cased", () => {
    const form = costFormFrom(
      { settings: { year: 2025, startMonth: 4, salaryBasis: "full-time", proration: "months" }, shown: "base" },
      2030,
    );
    expect(form.year).toBe("2025");
    const read = readCostForm({ ...form, currency: "gbp" });
    expect(read.ok && read.saved).toEqual({
      settings: {
        year: 2025,
        startMonth: 4,
        currency: "GBP",
        salaryBasis: "full-time",
        payPoint: "mid",
        proration: "months",
        vacancies: "funded",
      },
      shown: "base",
    });
  });

  test("a year that is not a year and a currency that is not three letters are named, nothing is saved", () => {
    const form = costFormFrom({ settings: {}, shown: "loaded" }, 2026);
    expect(readCostForm({ ...form, year: "25", currency: "RMB1" })).toEqual({
      ok: false,
      errors: ["year", "currency"],
    });
    expect(readCostForm({ ...form, year: "2025.5" })).toEqual({ ok: false, errors: ["year"] });
  });
});
