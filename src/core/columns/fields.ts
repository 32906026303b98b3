/**
 * The columns of the positions table, and the headers (English and Chinese) each is known by.
 * Headers are compared after {@link normalizeHeader}: case, spaces, punctuation and full-width
 * forms do not matter.
 */
export const FIELD_KEYS = [
  "id",
  "title",
  "department",
  "team",
  "reportsTo",
  "dottedLineTo",
  "name",
  "familyName",
  "grade",
  "fte",
  "baseSalary",
  "currency",
  "status",
  "startDate",
  "endDate",
  "costCenter",
  "location",
  "capabilities",
  "archetype",
  "assistant",
  "posts",
  "bonusPercent",
  "monthsPaid",
  "allowances",
  "payMin",
  "payMax",
] as const;

export type FieldKey = (typeof FIELD_KEYS)[number];

/** Columns without which no org can be built. */
export const REQUIRED_FIELDS: readonly FieldKey[] = ["id", "reportsTo"];

export type FieldKind = "text" | "id" | "idList" | "number" | "date" | "list" | "flag";

export interface FieldDefinition {
  key: FieldKey;
  kind: FieldKind;
  /** Headers this column is recognised by. The first is the canonical English header, the second the Chinese. */
  aliases: readonly string[];
}

export const FIELDS: Readonly<Record<FieldKey, FieldDefinition>> = {
  id: {
    key: "id",
    kind: "id",
    aliases: [
      "Position ID",
      "岗位编号",
      "岗位ID",
      "职位编号",
      "职位ID",
      "编号",
      "ID",
      "Position Number",
      "Position No",
      "Pos ID",
      "Req ID",
      "Employee ID",
      "员工编号",
      "工号",
      // UK public-sector organograms (data.gov.uk senior and junior staff files)
      "Post Unique Reference",
    ],
  },
  title: {
    key: "title",
    kind: "text",
    aliases: [
      "Title",
      "岗位名称",
      "岗位",
      "职位",
      "职位名称",
      "职务",
      "Position Title",
      "Job Title",
      "Role",
      "Position",
      "Job",
      "Generic Job Title",
    ],
  },
  department: {
    key: "department",
    kind: "text",
    aliases: [
      "Department",
      "部门",
      "所属部门",
      "部门名称",
      "Dept",
      "Department Name",
      "Division",
      "事业部",
      "Organisation",
      "Organization",
      "Parent Department",
    ],
  },
  team: {
    key: "team",
    kind: "text",
    aliases: ["Team", "团队", "小组", "组", "所属团队", "Team Name", "Sub Department", "Unit"],
  },
  reportsTo: {
    key: "reportsTo",
    kind: "id",
    aliases: [
      "Reports To",
      "汇报对象",
      "汇报给",
      "上级",
      "上级岗位",
      "上级编号",
      "直属上级",
      "上级岗位编号",
      "直接上级",
      "Manager ID",
      "Manager Position ID",
      "Reports To ID",
      "Parent ID",
      "Parent",
      "Supervisor ID",
      "Manager",
      "Line Manager",
      "Reports to Senior Post",
      "Reporting Senior Post",
    ],
  },
  dottedLineTo: {
    key: "dottedLineTo",
    kind: "idList",
    aliases: [
      "Dotted Line To",
      "虚线汇报",
      "虚线上级",
      "虚线汇报对象",
      "Dotted Line",
      "Dotted Line Manager",
      "Matrix Manager",
      "Secondary Manager",
    ],
  },
  name: {
    key: "name",
    kind: "text",
    aliases: [
      "Name",
      "姓名",
      "员工姓名",
      "人员",
      "在岗人员",
      "Employee",
      "Employee Name",
      "Incumbent",
      "Full Name",
      "Holder",
      // With a Family Name column beside it, Name is the given name: the holder is the two joined (see holderName).
      "First Name",
      "Given Name",
      "Forename",
      "名",
      "名字",
    ],
  },
  // The holder's family name, where an HR export splits the name (First Name / Last Name, 名 / 姓).
  familyName: {
    key: "familyName",
    kind: "text",
    aliases: ["Family Name", "姓", "姓氏", "Last Name", "Surname", "Lastname"],
  },
  grade: {
    key: "grade",
    kind: "text",
    aliases: ["Grade", "职级", "级别", "职等", "Level", "Job Level", "Band", "Job Grade", "Grade or Equivalent"],
  },
  fte: {
    key: "fte",
    kind: "number",
    aliases: [
      "FTE",
      "编制",
      "编制数",
      "工时占比",
      "人力",
      "Headcount FTE",
      "Full Time Equivalent",
      "Number of Posts in FTE",
    ],
  },
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
  currency: {
    key: "currency",
    kind: "text",
    aliases: ["Currency", "币种", "货币", "Currency Code"],
  },
  status: {
    key: "status",
    kind: "text",
    aliases: ["Status", "状态", "岗位状态", "在职状态", "Position Status"],
  },
  startDate: {
    key: "startDate",
    kind: "date",
    aliases: ["Start Date", "到岗日期", "入职日期", "开始日期", "生效日期", "Hire Date", "Effective Date", "Start"],
  },
  endDate: {
    key: "endDate",
    kind: "date",
    aliases: ["End Date", "离岗日期", "离职日期", "结束日期", "End", "Termination Date"],
  },
  costCenter: {
    key: "costCenter",
    kind: "text",
    aliases: ["Cost Center", "成本中心", "Cost Centre", "CC"],
  },
  location: {
    key: "location",
    kind: "text",
    aliases: ["Location", "地点", "工作地点", "办公地点", "城市", "Office", "City", "Site"],
  },
  capabilities: {
    key: "capabilities",
    kind: "list",
    aliases: ["Capabilities", "职责", "能力", "职责范围", "岗位职责", "Responsibilities", "Capability", "Skills"],
  },
  archetype: {
    key: "archetype",
    kind: "text",
    aliases: ["Archetype", "管理类型", "管理者类型", "管理角色", "Manager Archetype", "Manager Type", "Span Archetype"],
  },
  assistant: {
    key: "assistant",
    kind: "flag",
    aliases: ["Assistant", "助理", "是否助理", "Is Assistant", "Assistant Flag", "EA"],
  },
  // Headcount cost (core/cost). A count column makes the row a headcount line: that many seats of one role.
  posts: {
    key: "posts",
    kind: "number",
    aliases: [
      "Number of Posts",
      "编制人数",
      "人数",
      "Posts",
      "Headcount",
      "Number of Posts in FTE",
      "No of Posts",
      "Seats",
      "岗位数",
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
