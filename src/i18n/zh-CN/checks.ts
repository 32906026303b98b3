import type { ChecksMessages } from "../en/checks";

export const checksZh: ChecksMessages = {
  "finding.SPAN_TOO_WIDE": "“{title}”（{id}）有 {span} 名直接下属；{band}的目标为 {min}–{max} 人。",
  "finding.SPAN_TOO_NARROW": "“{title}”（{id}）有 {span} 名直接下属；{band}的目标为至少 {min} 人。",
  "finding.SINGLE_REPORT_CHAIN": "一对一链条：“{upper}”只有“{id}”一名下属，“{id}”也只有“{lower}”一名下属。",
  "finding.LAYERS_EXCEEDED": "“{title}”（{id}）位于第 {layer} 层；最多允许 {maxLayers} 层（其下还有 {below} 个岗位）。",
  "finding.GRADE_INVERSION": "“{title}”（{id}，职级 {grade}）的职级不低于其上级“{managerTitle}”（{managerId}，职级 {managerGrade}）。",
  "finding.VACANT_MANAGER": "“{title}”（{id}）空缺，但有 {span} 名直接下属。",
};
