/** @jest-environment jsdom */
import { analyzeWorkbook } from "../../../src/core/analyzeWorkbook";
import { generateOrg } from "../../../bench/generateOrg";
import { groupsOf, outlineOf, prepareListViews } from "../../../src/taskpane/components/checks/listViewData";
import * as outlineModule from "../../../src/taskpane/outlineOrder";
import { groupFindingsByRule } from "../../../src/taskpane/findings/groupFindingsByRule";

describe("the Checks and Overview lists, worked out while the pane is idle", () => {
  test("each piece in its own idle callback; opening the tabs then finds them done", () => {
    jest.useFakeTimers();
    try {
      const analysis = analyzeWorkbook({ positions: generateOrg(2_000, 3).grid });
      const ordered = jest.spyOn(outlineModule, "outlineOrder");
      prepareListViews(analysis);
      expect(ordered).not.toHaveBeenCalled();
      jest.runAllTimers();
      expect(ordered).toHaveBeenCalledTimes(1);
      // Asked again (the tab opens): the same, not worked out again.
      const outline = outlineOf(analysis.model);
      expect(outlineOf(analysis.model)).toBe(outline);
      expect(ordered).toHaveBeenCalledTimes(1);
      expect(groupsOf(analysis.findings)).toBe(groupsOf(analysis.findings));
      expect(groupsOf(analysis.findings)).toEqual(groupFindingsByRule(analysis.findings));
      ordered.mockRestore();
    } finally {
      jest.useRealTimers();
    }
  });

  test("cancelled before it ran (another org came), nothing is worked out", () => {
    jest.useFakeTimers();
    try {
      const analysis = analyzeWorkbook({ positions: generateOrg(500, 4).grid });
      const ordered = jest.spyOn(outlineModule, "outlineOrder");
      prepareListViews(analysis)();
      jest.runAllTimers();
      expect(ordered).not.toHaveBeenCalled();
      ordered.mockRestore();
    } finally {
      jest.useRealTimers();
    }
  });
});
