import { PAY_FIELDS } from "./payFields";
import { WEEKLY_HOURS_HEADERS } from "./weeklyHours";

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
  "email",
  "grade",
  "fte",
  "baseSalary",
  "monthlySalary",
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
      "岗位代码",
      "职位代码",
      "岗位号",
      "Position Code",
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
      // Employee exports: the manager's employee number beats the manager's name (both are often there).
      "直接上级工号",
      "直属上级工号",
      "上级工号",
      "汇报对象工号",
      "上级员工编号",
      "Manager Employee ID",
      "Manager Employee Number",
      "Manager Emp ID",
      "Supervisor Employee ID",
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
      // Chinese HR sheets' variants
      "汇报上级",
      "汇报岗位",
      "上级岗位ID",
      "直接上级岗位",
      "直属上级岗位",
      "Reports To Position",
      "Reports To Position ID",
      // Directory and HR exports that name the manager by email: matched to the Email column (MANAGER_BY_EMAIL).
      "Manager Email",
      "Manager E-mail",
      "Manager's Email",
      "Manager Email Address",
      "Supervisor Email",
      "Line Manager Email",
      "上级邮箱",
      "直属上级邮箱",
      "直接上级邮箱",
      "汇报对象邮箱",
      "Manager Position",
      "Reporting To",
      // A manager's name: linked through the holder's name (MANAGER_BY_NAME) when no ID column is there.
      "Manager Name",
      "Supervisor Name",
      "Line Manager Name",
      "上级姓名",
      "直接上级姓名",
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
      "任职者",
      "任职人",
      "任职人员",
      "在职人员",
      "人员姓名",
      "现任",
      "Incumbent Name",
      "Holder Name",
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
  // The holder's email address: HR and directory exports name the manager by it ("Manager Email").
  email: {
    key: "email",
    kind: "text",
    aliases: ["Email", "邮箱", "Work Email", "E-mail", "Email Address", "工作邮箱", "企业邮箱", "电子邮箱", "Mail"],
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
      // Hours a week: read as FTE = hours ÷ the full-time week (see weeklyHours).
      ...WEEKLY_HOURS_HEADERS,
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
    aliases: [
      "Status",
      "状态",
      "岗位状态",
      "在职状态",
      "Position Status",
      "在岗状态",
      "任职状态",
      "Vacancy Status",
      "Employee Status",
      "员工状态",
      "人员状态",
    ],
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
  ...PAY_FIELDS,
};
