import { defaultPlanName } from "../../../src/taskpane/plan/defaultPlanName";

describe("defaultPlanName", () => {
  test("offers the next number not taken, in the user's language", () => {
    expect(defaultPlanName("en", [])).toBe("Plan 1");
    expect(defaultPlanName("zh-CN", [])).toBe("方案 1");
    expect(defaultPlanName("en", ["Reorg"])).toBe("Plan 2");
    expect(defaultPlanName("en", ["Plan 2", "plan 3"])).toBe("Plan 4");
  });
});
