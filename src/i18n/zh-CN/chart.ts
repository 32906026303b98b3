import type { ChartMessages } from "../en/chart";

export const chartZh: ChartMessages = {
  // 卡片各行
  "chart.card.untitled": "未命名岗位",
  "chart.card.vacant": "空缺",
  "chart.card.planned": "计划中",
  "chart.card.closed": "已关闭",
  "chart.card.undisclosed": "未公开",
  "chart.card.moreHolders": "{name} +{count}",
  "chart.card.org": "组织",
  "chart.card.positions.one": "1 个岗位",
  "chart.card.positions.other": "{count} 个岗位",
  "chart.card.unitDetail": "{department} · {team}",
  "chart.unit.noDepartment": "（无部门）",

  // 徽标
  "chart.badge.fte": "编制 {fte}",

  // 读屏文本，各部分以分隔符连接
  "chart.label.separator": "，",
  "chart.label.reports.none": "无直接下属",
  "chart.label.reports.one": "1 名直接下属",
  "chart.label.reports.other": "{count} 名直接下属",
  "chart.label.hidden": "已折叠，隐藏 {count} 个",
  "chart.label.findings.one": "1 个问题",
  "chart.label.findings.other": "{count} 个问题",
  "chart.label.tops.one": "1 个最高层岗位",
  "chart.label.tops.other": "{count} 个最高层岗位",
  "chart.label.department": "部门",
  "chart.label.team": "团队",
  "chart.label.head": "负责人 {name}",
  "chart.label.vacant": "{count} 个空缺",

  // renderer
  "chart.view.expand.one": "展开：隐藏 1 个下属",
  "chart.view.expand.other": "展开：隐藏 {count} 个下属",
  "chart.view.collapse": "折叠",
  "chart.view.minimap": "整张组织图概览",
};
