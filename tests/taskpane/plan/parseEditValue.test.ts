import { parseEditValue } from "../../../src/taskpane/plan/parseEditValue";

describe("parseEditValue: a plan's FTE or salary as typed", () => {
  test.each([
    ["0.5", 0.5],
    ["1", 1],
    ["50%", 0.5],
    ["０.８", 0.8],
  ])("FTE %p → %p", (text, value) => {
    expect(parseEditValue("fte", text)).toEqual({ ok: true, value });
  });

  test("an FTE outside 0–1.5, or not a number, is refused with the reason", () => {
    expect(parseEditValue("fte", "2")).toEqual({ ok: false, reason: "outOfRange", min: 0, max: 1.5 });
    expect(parseEditValue("fte", "-0.5")).toEqual({ ok: false, reason: "outOfRange", min: 0, max: 1.5 });
    expect(parseEditValue("fte", "half")).toEqual({ ok: false, reason: "invalid" });
    expect(parseEditValue("fte", "")).toEqual({ ok: false, reason: "invalid" });
  });

  test.each([
    ["120,000", 120000],
    ["12万", 120000],
    ["¥98,500.5", 98500.5],
    ["95k", 95000],
    ["１２００００", 120000],
  ])("salary %p → %p", (text, value) => {
    expect(parseEditValue("salary", text)).toEqual({ ok: true, value });
  });

  test("an empty salary clears it; a negative one is refused", () => {
    expect(parseEditValue("salary", "  ")).toEqual({ ok: true, value: null });
    expect(parseEditValue("salary", "-5").ok).toBe(false);
  });
});

test("a salary is kept to the cent, rounded half up on the decimal typed", () => {
  expect(parseEditValue("salary", "1.005")).toEqual({ ok: true, value: 1.01 });
});
