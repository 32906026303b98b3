import { analyzeWorkbook } from "../../../src/core/analyzeWorkbook";
import { makeGrid } from "../makeGrid";

const HEADER = ["Position ID", "Title", "Reports To", "Name", "FTE", "Capabilities"];

describe("coverage of a shared post", () => {
  test("a job share's two people both hold its capabilities: no bus factor of 1", () => {
    const analysis = analyzeWorkbook({
      positions: makeGrid(HEADER, [
        ["1", "Head", "", "Ann", 1, "Retention"],
        ["2", "Lead", "1", "Bo", 0.5, "Acquisition"],
        ["2", "Lead", "1", "Cy", 0.5, "Acquisition"],
      ]),
    });
    const single = analysis.findings.filter((f) => f.code === "CAPABILITY_SINGLE_HOLDER");
    expect(single.map((f) => f.params.capabilityKey)).toEqual(["retention"]);
    const acquisition = analysis.coverage.matrix.rows.find((row) => row.capability.key === "acquisition")!;
    expect(acquisition.people).toBe(2);
    expect(acquisition.total).toMatchObject({ filledPositions: 1, filledFte: 1 });
  });

  test("one named holder and one undisclosed: still one known person", () => {
    const analysis = analyzeWorkbook({
      positions: makeGrid(HEADER, [
        ["1", "Head", "", "Bo", 0.5, "Acquisition"],
        ["1", "Head", "", "N/D", 0.5, "Acquisition"],
      ]),
    });
    expect(analysis.coverage.matrix.rows.find((row) => row.capability.key === "acquisition")!.people).toBe(1);
  });
});
