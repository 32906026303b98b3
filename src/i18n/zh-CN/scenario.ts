import type { ScenarioMessages } from "../en/scenario";

export const scenarioZh: ScenarioMessages = {
  /** 工作表名不能含半角冒号“:”，全角“：”可以。 */
  "scenario.sheetName": "方案：{title}",
  "scenario.note": "方案“{title}”：{created} 由 {source} 复制而来。可随意修改：Orgwright 从不改动 {source} 本身。",
  "scenario.defaultTitle": "方案 {n}",
  "scenario.newPositionTitle": "新岗位",
  "scenario.status.filled": "在职",
  "scenario.status.vacant": "空缺",
  "scenario.status.planned": "计划",
  "scenario.status.closed": "已关闭",
  "scenario.refusal.SCENARIO_UNKNOWN_POSITION": "本方案中没有岗位“{id}”。",
  "scenario.refusal.SCENARIO_UNKNOWN_MANAGER": "本方案中没有可汇报的岗位“{manager}”。",
  "scenario.refusal.SCENARIO_MOVE_UNDER_SELF": "“{id}”不能向自己汇报。",
  "scenario.refusal.SCENARIO_MOVE_UNDER_OWN_REPORT":
    "“{id}”不能调到“{manager}”之下：“{manager}”（直接或间接）向“{id}”汇报，组织会形成循环。",
  "scenario.refusal.SCENARIO_ID_TAKEN": "岗位编号“{id}”在本方案中已被使用。",
  "scenario.refusal.SCENARIO_MISSING_COLUMN": "本方案没有“{column}”列；请先在工作表中添加该列再做此修改。",
  "scenario.refusal.SCENARIO_SHARED_POST": "“{id}”由 {count} 行共同担任（共享岗位）；请在工作表中逐行修改其{column}。",
  "scenario.refusal.SCENARIO_BAD_NUMBER": "{value} 不是有效的{column}（应为 0 或更大的数）。",
  "scenario.refusal.SCENARIO_NO_HEADER": "本方案的工作表没有岗位编号和汇报对象列。",
  "problem.NOT_A_SCENARIO": "“{subject}”不是 Orgwright 创建的方案工作表；Orgwright 只修改它自己的方案工作表。",
  "problem.SCENARIO_CHANGED": "方案工作表“{subject}”在读取后已被修改；请重新读取后再做此修改。",
};
