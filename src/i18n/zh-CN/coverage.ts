import type { CoverageMessages } from "../en/coverage";

export const coverageZh: CoverageMessages = {
  "finding.CAPABILITY_UNCOVERED": "没有岗位承担“{capability}”（{area}）。",
  "finding.CAPABILITY_SINGLE_HOLDER": "只有 {name} 承担“{capability}”（{area}）：单点依赖（应有 {required} 人）。",
  "finding.CAPABILITY_VACANT_ONLY": "只有空缺岗位承担“{capability}”（{area}）：{idList}。",
  "finding.CAPABILITY_FRAGMENTED": "“{capability}”分散在 {count} 个部门（{departmentList}），且没有主责部门（最多 {max} 个）。",
  "finding.UNKNOWN_CAPABILITY": "“{name}”（岗位“{id}”，第 {row} 行）不在职责目录中。",
  "finding.UNKNOWN_CAPABILITY_SUGGESTION": "“{name}”（岗位“{id}”，第 {row} 行）不在职责目录中。是否是指“{suggestion}”？",
  "finding.SUPPORT_MISSING": "{department}需要{supporter}的支持，但与其之间没有虚线汇报或指定对接人。",
};
