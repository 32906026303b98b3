import type { CoverageMessages } from "../en/coverage";

export const coverageZh: CoverageMessages = {
  "finding.CAPABILITY_UNCOVERED": "没有任何岗位（在职或空缺）承担“{capability}”（{area}）。",
  "finding.CAPABILITY_SINGLE_HOLDER": "只有{name}承担“{capability}”（{area}）：单点依赖（应至少有 {required} 人）。",
  "finding.CAPABILITY_VACANT_ONLY": "只有空缺或计划中的岗位承担“{capability}”（{area}）：{idList}。",
  "finding.CAPABILITY_FRAGMENTED":
    "“{capability}”（{area}）分散在 {count} 个部门（{departmentList}），且没有主责部门；没有主责部门时最多 {max} 个。",
  "finding.UNKNOWN_CAPABILITY": "“{name}”（岗位“{id}”，第 {row} 行）不在职责目录中。",
  "finding.UNKNOWN_CAPABILITY_SUGGESTION":
    "“{name}”（岗位“{id}”，第 {row} 行）不在职责目录中。是否是指“{suggestion}”？",
  "finding.SUPPORT_MISSING": "{department}需要{supporter}的支持，但与其之间没有虚线汇报或指定对接人。",
  "finding.SUPPORT_MISSING_UNKNOWN_DEPARTMENT":
    "{department}需要{supporter}的支持，但没有岗位属于“{unknownDepartment}”。请对照“部门”列检查名称。",
  "finding.MISSING_CAPABILITY_NAME": "“{sheet}”第 {row} 行没有填写职责（{column}），该行未计入职责目录。",
  "finding.DUPLICATE_CAPABILITY": "职责“{id}”在“{sheet}”中出现了 {count} 行（{rowList}），只保留第一行。",
  "finding.INVALID_REQUIRED_HOLDERS":
    "{column}中的“{value}”不是不小于 1 的整数（第 {row} 行，职责“{id}”），按 {default} 计。",
  "finding.MISSING_DEPARTMENT_NAME": "“{sheet}”第 {row} 行没有填写部门（{column}），该行未计入。",
  "finding.DUPLICATE_DEPARTMENT": "部门“{id}”在“{sheet}”中出现了 {count} 行（{rowList}），只保留第一行。",
  "coverage.noDepartment": "（无部门）",
  "ui.rule.MISSING_CAPABILITY_NAME": "未填写职责",
  "ui.rule.DUPLICATE_CAPABILITY": "职责重复",
  "ui.rule.INVALID_REQUIRED_HOLDERS": "所需人数无效",
  "ui.rule.MISSING_DEPARTMENT_NAME": "未填写部门",
  "ui.rule.DUPLICATE_DEPARTMENT": "部门重复",
};
