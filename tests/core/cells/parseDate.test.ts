import { isoDateFromSerial, parseDate } from "../../../src/core/cells/parseDate";

describe("parseDate(cell)", () => {
  test.each([
    [45352, "2024-03-01"],
    [45352.75, "2024-03-01"],
    [1, "1900-01-01"],
    [61, "1900-03-01"],
    ["2024-03-01", "2024-03-01"],
    ["2024/3/1", "2024-03-01"],
    ["2024.03.01", "2024-03-01"],
    ["2024年3月1日", "2024-03-01"],
    ["２０２４年３月１日", "2024-03-01"],
    ["20240301", "2024-03-01"],
    ["2024-03-01T08:30:00Z", "2024-03-01"],
    ["2024-03-01 08:30", "2024-03-01"],
    ["3/1/2024", "2024-03-01"],
    ["25/12/2024", "2024-12-25"],
    ["45352", "2024-03-01"],
    [new Date(Date.UTC(2024, 2, 1)), "2024-03-01"],
    // English month names, as Excel's d-mmm-yy and HR exports write them.
    ["1-Mar-2024", "2024-03-01"],
    ["01-Mar-24", "2024-03-01"],
    ["1-Jun-99", "1999-06-01"],
    ["1 March 2024", "2024-03-01"],
    ["Mar 1, 2024", "2024-03-01"],
    ["March 1st, 2024", "2024-03-01"],
    ["Sept 5, 2024", "2024-09-05"],
    // A month alone is its first day (2024.03 was read as serial 2024.03, a day in 1905).
    ["Mar-2024", "2024-03-01"],
    ["March 2024", "2024-03-01"],
    ["2024-03", "2024-03-01"],
    ["2024.03", "2024-03-01"],
    ["2024年3月", "2024-03-01"],
  ])("reads %p as %p", (input, expected) => {
    expect(parseDate(input)).toBe(expected);
  });

  test.each([
    ["2024-02-30"],
    ["2024-13-01"],
    ["next Monday"],
    ["31-Feb-2024"],
    ["1-Foo-2024"],
    ["Marchy 1 2024"],
    ["2024-13"],
    ["31/31/2024"],
    [""],
    [0],
    [-5],
    [3_000_000],
    [true],
    [null],
  ])("rejects %p", (input) => {
    expect(parseDate(input)).toBeUndefined();
  });

  test("rejects an invalid Date object and a formula error", () => {
    expect(parseDate(new Date("nope"))).toBeUndefined();
    expect(parseDate({ error: "#VALUE!" })).toBeUndefined();
  });

  test("isoDateFromSerial drops the time of day", () => {
    expect(isoDateFromSerial(45352.999)).toBe("2024-03-01");
  });
});
