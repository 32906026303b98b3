import type { FieldDefinition, FieldKey } from "./fields";

/** The pay columns: what a position is paid, and what the cost model adds to it (see docs/cost.md). */
export type PayFieldKey = Extract<
  FieldKey,
  "baseSalary" | "monthlySalary" | "bonusPercent" | "monthsPaid" | "allowances" | "payMin" | "payMax"
>;

/** The pay columns' definitions, part of {@link FIELDS}: the headers (English and Chinese) each is known by. */
export const PAY_FIELDS: Readonly<Record<PayFieldKey, FieldDefinition>> = {
  baseSalary: {
    key: "baseSalary",
    kind: "number",
    aliases: [
      "Base Salary",
      "年薪",
      "基本年薪",
      "薪资",
      "薪酬",
      "工资",
      "Salary",
      "Annual Salary",
      "Base Pay",
      "Annual Base",
      // A full-time rate: these headers also set the cost model's salary basis to full-time (core/cost).
      "FTE Salary",
      "Full-time Salary",
      "Full Time Salary",
      "FTE Annual Salary",
      "全职年薪",
      "全职薪资",
      // Senior organograms give a pay band; its floor is read as the salary (the ceiling is left unused).
      "Actual Pay Floor",
      "Payscale Minimum",
    ],
  },
  // Monthly pay (月薪): read as an annual base salary of 12 × it when the sheet has no annual salary column.
  monthlySalary: {
    key: "monthlySalary",
    kind: "number",
    aliases: [
      "Monthly Salary",
      "月薪",
      "基本月薪",
      "月基本工资",
      "月工资",
      "月薪资",
      "月度薪资",
      "税前月薪",
      "Monthly Base Salary",
      "Monthly Base",
      "Monthly Base Pay",
      "Monthly Pay",
      "Salary per Month",
      "Base Salary (Monthly)",
    ],
  },
  bonusPercent: {
    key: "bonusPercent",
    kind: "number",
    aliases: ["Bonus %", "奖金比例", "Bonus Percent", "Target Bonus %", "Bonus Target %", "Bonus Rate", "年终奖比例"],
  },
  monthsPaid: {
    key: "monthsPaid",
    kind: "number",
    aliases: ["Months Paid", "十三薪", "薪资月数", "发薪月数", "13th Month", "Salary Months", "Months of Pay"],
  },
  allowances: {
    key: "allowances",
    kind: "number",
    aliases: ["Allowances", "津贴", "补贴", "津贴补贴", "Allowance", "Annual Allowances", "年度津贴"],
  },
  payMin: {
    key: "payMin",
    kind: "number",
    aliases: [
      "Pay Min",
      "薪资下限",
      "Pay Range Min",
      "Salary Min",
      "Pay Floor",
      "Minimum Salary",
      "Range Min",
      "薪酬下限",
    ],
  },
  payMax: {
    key: "payMax",
    kind: "number",
    aliases: [
      "Pay Max",
      "薪资上限",
      "Pay Range Max",
      "Salary Max",
      "Payscale Maximum",
      "Actual Pay Ceiling",
      "Pay Ceiling",
      "Maximum Salary",
      "Range Max",
      "薪酬上限",
    ],
  },
};
