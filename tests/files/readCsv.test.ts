import { readCsv } from "../../src/files/readCsv";

describe("readCsv(text, sheetName)", () => {
  it("gives one string row per record, named after the file", () => {
    const grid = readCsv("Position ID,Reports To,Base Salary\r\nP001,,900000\r\nP002,P001,420000\r\n", "positions");
    expect(grid).toEqual({
      sheetName: "positions",
      firstRow: 1,
      firstColumn: 1,
      rows: [
        ["Position ID", "Reports To", "Base Salary"],
        ["P001", "", "900000"],
        ["P002", "P001", "420000"],
      ],
    });
  });

  it("strips a byte-order mark left in the text", () => {
    expect(readCsv("\ufeff岗位编号,汇报对象\n1,\n", "t").rows[0]).toEqual(["岗位编号", "汇报对象"]);
  });

  it("accepts LF, CRLF and CR line ends", () => {
    for (const newline of ["\n", "\r\n", "\r"]) {
      expect(readCsv(["a,b", "1,2", "3,4"].join(newline), "t").rows).toEqual([
        ["a", "b"],
        ["1", "2"],
        ["3", "4"],
      ]);
    }
  });

  it("keeps quoted commas, quotes and line breaks inside one cell", () => {
    const grid = readCsv('ID,Capabilities,Title\r\n1,"审核, 申诉\r\n复核","Lead ""A"""\r\n2,x,y\r\n', "t");
    expect(grid.rows).toEqual([
      ["ID", "Capabilities", "Title"],
      ["1", "审核, 申诉\r\n复核", 'Lead "A"'],
      ["2", "x", "y"],
    ]);
  });

  it("notes the rows read despite malformed quotes, and how many lines of the file each took", () => {
    // Row 2 opens a quote never closed where it should be: the next three lines are read into it.
    const joined = readCsv('ID,Title,Reports To\n1,"Boss\n2,Worker,1\n3\n"4",x",1\n5,Fine,1\n', "t");
    expect(joined.rows.map((row) => row[0])).toEqual(["ID", "1", "5"]);
    expect(joined.malformedQuotes).toEqual([{ row: 2, lines: 4 }]);
    // An inner quote not doubled: one line, read as written.
    const inner = readCsv('ID,Title\r\n1,"Lead "A" team"\r\n2,"Ok ""B"""\r\n', "t");
    expect(inner.rows[1]).toEqual(["1", 'Lead "A" team']);
    expect(inner.malformedQuotes).toEqual([{ row: 2, lines: 1 }]);
  });

  it("notes nothing for well-formed quotes, line breaks inside quoted cells included", () => {
    const grid = readCsv('ID,Capabilities\r\n1,"审核\r\n复核"\r\n2,"a ""b"""\r\n', "t");
    expect(grid.malformedQuotes).toBeUndefined();
  });

  it("finds a quoted line break before the first real line end without being misled", () => {
    const grid = readCsv('"Position\nID",Reports To\r\n1,\r\n', "t");
    expect(grid.rows).toEqual([
      ["Position\nID", "Reports To"],
      ["1", ""],
    ]);
  });

  it("guesses semicolon and tab delimiters", () => {
    expect(readCsv("ID;Reports To;Salary\n1;;1,5\n", "t").rows).toEqual([
      ["ID", "Reports To", "Salary"],
      ["1", "", "1,5"],
    ]);
    expect(readCsv("ID\tReports To\n1\t\n", "t").rows).toEqual([
      ["ID", "Reports To"],
      ["1", ""],
    ]);
    expect(readCsv('"Salary, annual";ID;Reports To\n"1,5";1;\n', "t").rows).toEqual([
      ["Salary, annual", "ID", "Reports To"],
      ["1,5", "1", ""],
    ]);
  });

  it("reads a one-column file", () => {
    expect(readCsv("ID\n1\n2", "t").rows).toEqual([["ID"], ["1"], ["2"]]);
  });

  it("keeps blank lines inside the file so row numbers match the file's", () => {
    expect(readCsv("ID,Reports To\n\n1,\n", "t").rows).toEqual([["ID", "Reports To"], [""], ["1", ""]]);
  });

  it("reads an empty text as a sheet with no rows", () => {
    expect(readCsv("", "t").rows).toEqual([]);
  });
});
