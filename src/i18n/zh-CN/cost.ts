import type { CostMessages } from "../en/cost";

export const costZh: CostMessages = {
  "finding.MISSING_SALARY":
    "“{title}”（{id}，第 {row} 行）既没有薪资也没有薪资范围，无法计算薪酬；只计入与薪酬无关的部分。",
  "finding.MISSING_RATE":
    "费率表中没有覆盖 {monthList} 的地点“{subject}”：{count} 个岗位（{idList}）这些月份未计入单位社保等附加成本，薪酬照常计算。",
  "finding.MISSING_RATE_CURRENCY":
    "汇率表中没有覆盖 {monthList} 的 {subject} 汇率：以 {subject} 计薪的 {count} 个岗位（{idList}）这些月份未计入报告币种的合计。",
  "finding.RATE_CARRIED_FORWARD":
    "内置费率没有覆盖地点“{location}”的 {months}：沿用最近一期内置费率（{periodFrom} – {periodTo}）计算 {count} 个岗位（{idList}）的单位附加成本。如需使用其他费率，请在费率表（Rates / 费率）中添加“{location}”的费率行。",
  "finding.MISSING_RATE_LOCATION": "“{sheet}”第 {row} 行没有填写地点（{column}），该费率行未计入。",
  "finding.MISSING_FX_CURRENCY": "“{sheet}”第 {row} 行没有填写币种（{column}），该汇率未计入。",
  "cost.noLocation": "（无地点）",
  "ui.rule.MISSING_RATE_LOCATION": "费率行缺少地点",
  "ui.rule.MISSING_FX_CURRENCY": "汇率缺少币种",
  "cli.cost.total": "合计",
  "cli.cost.heading": "人力成本 {first} – {last}，币种 {currency}",
  "cli.cost.settings": "薪资口径：{basis}；不足整月：{proration}；薪资范围取：{payPoint}；空缺岗位：{vacancies}",
  "cli.cost.basisActual": "实发",
  "cli.cost.basisFullTime": "全职年薪 × 编制",
  "cli.cost.prorationDays": "按自然日折算",
  "cli.cost.prorationMonths": "按整月",
  "cli.cost.vacanciesFunded": "无日期的按全年计",
  "cli.cost.vacanciesUnfunded": "无日期的不计",
  "cli.cost.totalLine": "全年合计：{total}",
  "cli.cost.departments": "按部门：",
  "cli.cost.headcountFte": "人数 {headcount}，编制 {fte}",
  "cli.cost.months": "按月：",
  "cli.cost.onCosts": "单位社保等附加成本：",
  "cli.error.badCostOption": "“{value}”不是 {option} 的有效值；请用 {allowed}。",
  "ui.rule.MISSING_SALARY": "缺少薪资",
  "ui.rule.MISSING_RATE": "缺少费率",
  "ui.rule.RATE_CARRIED_FORWARD": "沿用上期费率",
};
