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
  // 编制行：同一岗位的多个编制，画作一张卡片
  "chart.card.line": "{count} × {title}",
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

  // 方案组织图：按变化着色
  "chart.change.added": "新增",
  "chart.change.moved": "已调动",
  "chart.change.changed": "已更改",
  "chart.change.removed": "已删除",
  "chart.change.legend": "与基准相比的变化",
  "chart.change.legendItem": "{label}：{count}",

  // 在组织图中编辑方案
  "chart.edit.menu": "编辑 {title}",
  "chart.edit.menuButton": "{title} 的操作",
  "chart.edit.move": "调至其他上级…",
  "chart.edit.addUnder": "在其下添加岗位",
  "chart.edit.remove": "删除岗位",
  "chart.edit.markVacant": "标记为空缺",
  "chart.edit.markPlanned": "标记为计划中",
  "chart.edit.changeFte": "更改编制…",
  "chart.edit.changeSalary": "更改薪资…",
  "chart.edit.fteLabel": "{title} 的编制",
  "chart.edit.salaryLabel": "{title} 的年度基本薪资（留空：无）",
  "chart.edit.apply": "应用",
  "chart.edit.cancel": "取消",
  "chart.edit.notANumber": "请输入不小于 0 的数字。",
  "chart.edit.pickedUp": "正在移动 {title}。用方向键选择新的上级，按 Enter 放下，按 Esc 取消。",
  "chart.edit.target": "放到 {title}：{moving} 将向其汇报。",
  "chart.edit.targetTop": "放到 {title}：{moving} 将成为最高层岗位。",
  "chart.edit.refusedSelf": "{moving} 不能向自己汇报。",
  "chart.edit.refusedDescendant": "{title} 是 {moving} 的下属，不能成为其上级。",
  "chart.edit.refusedSame": "{moving} 已向 {title} 汇报。",
  "chart.edit.dropped": "{moving} 现在向 {title} 汇报。",
  "chart.edit.droppedTop": "{moving} 现在是最高层岗位。",
  "chart.edit.cancelled": "已取消移动。",
};
