import { parseNumber } from "../../../src/core/cells/parseNumber";
import { readDateCell, readNumberCell } from "../../../src/core/model/readCells";

/** How a number cell read before its fast path: blank text is null, else parseNumber's non-negative result. */
function numberTheLongWay(text: string): number | null | undefined {
  if (text.trim() === "") return null;
  const parsed = parseNumber(text);
  return parsed !== undefined && parsed >= 0 ? parsed : undefined;
}

/** An ISO date checked with a Date object, as dates were before they were validated by arithmetic. */
function isoTheLongWay(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 9999 || month < 1 || month > 12 || day < 1) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 ? date.toISOString().slice(0, 10) : undefined;
}

describe("reading number and date text the short way", () => {
  test("plain digit text reads as parseNumber reads it", () => {
    const texts = ["0", "7", "007", "120000", "0.5", "1.", "12.50", ".5", "1.2.3", "1e3", "１２", " 12", "12 ", "-3"];
    const more = ["1,200", "¥120,000", "12万", "50%", "", "  ", "1234567890123456", "99999999999999999999"];
    for (const text of [...texts, ...more])
      expect([text, readNumberCell(text)]).toEqual([text, numberTheLongWay(text)]);
  });

  test("ISO date text reads as the date it names, or as no date when there is no such day", () => {
    for (let year = 1899; year <= 2101; year += year < 1905 || year > 2095 ? 1 : 17) {
      for (let month = 0; month <= 13; month++) {
        for (const day of [0, 1, 28, 29, 30, 31, 32]) {
          const text = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
          expect([text, readDateCell(text)]).toEqual([text, isoTheLongWay(year, month, day)]);
        }
      }
    }
    expect(readDateCell("2024/3/1")).toBe("2024-03-01");
    expect(readDateCell("2024-3-1")).toBe("2024-03-01");
    expect(readDateCell("2024-03-01 09:30")).toBe("2024-03-01");
    expect(readDateCell("２０２４-０３-０１")).toBe("2024-03-01");
    expect(readDateCell("2024-03-0x")).toBeUndefined();
  });
});
