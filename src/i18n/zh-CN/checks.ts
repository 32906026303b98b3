import type { ChecksMessages } from "../en/checks";

export const checksZh: ChecksMessages = {
  "finding.SPAN_TOO_WIDE": "“{title}”（{id}）的管理幅度为 {span}，超过{band}目标 {min}–{max}。",
  "finding.SPAN_TOO_NARROW": "“{title}”（{id}）的管理幅度为 {span}，低于{band}下限 {min}。",
  "finding.SINGLE_REPORT_CHAIN":
    "一对一链条：“{title}”（{id}）是“{upperTitle}”（{upper}）唯一的下属，自己也只有一名下属“{lowerTitle}”（{lower}）。",
  "finding.LAYERS_EXCEEDED":
    "“{title}”（{id}）位于第 {layer} 层，最多允许 {maxLayers} 层。其下同样超出层级的岗位：{below} 个。",
  "finding.GRADE_INVERSION":
    "“{title}”（{id}，职级 {grade}）的职级不低于其上级“{managerTitle}”（{managerId}，职级 {managerGrade}）。",
  "finding.VACANT_MANAGER": "“{title}”（{id}）无人在岗（空缺或计划中），但有岗位向其汇报：{reports} 个。",
  "finding.HOLDERS_UNKNOWN":
    "表中没有姓名列，也没有状态列，无法得知岗位是否有人在岗：无法检查管理岗位空缺（{managers} 个管理岗位），所有岗位均按有人在岗计算。如需检查空缺，请添加姓名列或状态列。",
  "finding.UNKNOWN_ARCHETYPE":
    "“{value}”（岗位“{id}”，第 {row} 行）不是可识别的管理类型，将按部门或默认的管理幅度目标检查。可用类型：球员教练、教练、监督者、促进者、协调者。",
  "rules.archetype.playerCoach": "球员教练",
  "rules.archetype.coach": "教练",
  "rules.archetype.supervisor": "监督者",
  "rules.archetype.facilitator": "促进者",
  "rules.archetype.coordinator": "协调者",
  "rules.band.default": "默认",
  "rules.band.department": "“{department}”的",
};
