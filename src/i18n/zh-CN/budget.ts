import type { BudgetMessages } from "../en/budget";

export const budgetZh: BudgetMessages = {
  "finding.OVER_BUDGET_HEADCOUNT":
    "{department}在{months}的编制超出预算：实际 {actual} 个，预算 {budget} 个（超出 {over} 个）。",
  "finding.OVER_BUDGET_HEADCOUNT_MONTHS":
    "{department}在{months}的编制超出预算：最多时实际 {actual} 个，预算 {budget} 个（超出 {over} 个）。",
  "finding.OVER_BUDGET_COST": "{department}在{months}的人力成本超出预算：实际 {actual}，预算 {budget}（超出 {over}）。",
  "finding.OVER_BUDGET_COST_ANNUAL":
    "{department}全年（{months}）人力成本超出年度预算：实际 {actual}，预算 {budget}（超出 {over}）。",
  "finding.BUDGET_UNMATCHED":
    "“{sheet}”第 {rowList} 行的预算“{name}”（{column}）在岗位表中找不到对应部门，这 {count} 行预算未参与比较。",
  "finding.BUDGET_UNMATCHED_COST_CENTER":
    "“{sheet}”第 {rowList} 行的预算“{name}”（{column}）在岗位表中找不到对应成本中心，这 {count} 行预算未参与比较。",
  "finding.BUDGET_OUTSIDE_YEAR":
    "“{sheet}”中有 {count} 行预算（第 {rowList} 行）不在本财年（{fiscalYear}）内，未参与比较。",
  "finding.MISSING_BUDGET_DEPARTMENT":
    "“{sheet}”第 {row} 行既没有填写部门也没有填写成本中心（{column}），该预算行未计入。",
  "finding.INVALID_NUMBER_BUDGET":
    "{column}中的“{value}”不是大于等于 0 的数（“{sheet}”第 {row} 行，“{id}”的预算），该数未计入。",
  "finding.INVALID_DATE_BUDGET":
    "{column}中的“{value}”不是月份（“{sheet}”第 {row} 行，“{id}”的预算），该预算行未计入。",
  "ui.rule.OVER_BUDGET_HEADCOUNT": "编制超预算",
  "ui.rule.OVER_BUDGET_COST": "成本超预算",
  "ui.rule.BUDGET_UNMATCHED": "预算行无对应",
  "ui.rule.BUDGET_OUTSIDE_YEAR": "预算不在本财年",
  "ui.rule.MISSING_BUDGET_DEPARTMENT": "预算行缺少部门",
  "cli.budget.heading": "预算对比（“{sheet}”），差异 = 实际 − 预算：",
  "cli.budget.columns": "部门 | 月份 | 编制 实际/预算 | 成本 实际 | 预算 | 差异（数量 + 单价）",
  "cli.budget.year": "全年",
  "cli.budget.total": "总差异 {variance} = 数量影响 {volume} + 单价影响 {rate}",
  "cli.budget.totalUnsplit": "总差异 {variance} = 数量影响 {volume} + 单价影响 {rate} + 未拆分（无编制预算）{unsplit}",
  "cli.budget.over": "超预算",
  "ui.budget.heading": "预算对比",
  "ui.budget.sheet": "预算表“{sheet}”。差异 = 实际 − 预算；超预算的标为醒目。",
  "ui.budget.department": "部门",
  "ui.budget.costCenter": "成本中心",
  "ui.budget.month": "月份",
  "ui.budget.year": "全年",
  "ui.budget.yearOf": "{year}（{detail}）",
  "ui.budget.headcount": "编制",
  "ui.budget.headcountOf": "{actual} / {budget}",
  "ui.budget.cost": "成本",
  "ui.budget.budget": "预算",
  "ui.budget.variance": "差异",
  "ui.budget.volume": "数量影响",
  "ui.budget.rate": "单价影响",
  "ui.budget.volumeRate": "{volume} / {rate}",
  "ui.budget.over": "超预算",
  "ui.budget.total": "合计",
  "ui.budget.annual": "年度预算",
  "ui.budget.explain":
    "数量影响：（实际编制 − 预算编制）× 预算人均成本。单价影响：实际编制 ×（实际人均成本 − 预算人均成本）。两者之和等于成本差异。多个月合为一行时，所列为每月的数字。",
  "ui.budget.unmatched": "未参与比较（无此部门或成本中心）：{names}",
  "ui.budget.totalLine": "总差异 {variance} = 数量影响 {volume} + 单价影响 {rate}",
  "ui.budget.totalLineUnsplit":
    "总差异 {variance} = 数量影响 {volume} + 单价影响 {rate} + 未拆分（无编制预算）{unsplit}",
  "ui.budget.none": "没有可比较的预算行。",
};
