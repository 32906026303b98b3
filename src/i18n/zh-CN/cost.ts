import type { CostMessages } from "../en/cost";

export const costZh: CostMessages = {
  "finding.MISSING_SALARY":
    "“{title}”（{id}，第 {row} 行）既没有薪资也没有薪资范围，无法计算薪酬；只计入与薪酬无关的部分。",
  "finding.MISSING_RATE":
    "费率表中没有覆盖本年度的地点“{subject}”：{count} 个岗位（{idList}）未计入单位社保等附加成本，薪酬照常计算。",
  "finding.MISSING_RATE_CURRENCY":
    "汇率表中没有覆盖本年度的 {subject} 汇率：以 {subject} 计薪的 {count} 个岗位（{idList}）未计入报告币种的合计。",
  "ui.rule.MISSING_SALARY": "缺少薪资",
  "ui.rule.MISSING_RATE": "缺少费率",
};
