/**
 * The reference operations center of ../shared/DOMAIN.md §1 as positions, in both languages.
 * One person (Li Na 李娜) holds two half-time positions; two positions are vacant; the data
 * analyst has a dotted line to the operations manager; the director has an assistant; some managers
 * carry a span archetype.
 */
export interface SamplePosition {
  id: string;
  title: [en: string, zh: string];
  department: [en: string, zh: string];
  team: [en: string, zh: string] | null;
  reportsTo: string;
  dottedLineTo?: string;
  /** Pinyin and Chinese name; null when vacant. */
  name: [en: string, zh: string] | null;
  grade: Grade;
  fte: number;
  /** Annual base salary in CNY (the budgeted salary for a vacancy). */
  salary: number;
  startDate: string;
  costCenter: string;
  location: City;
  /** Capability keys from the default catalogue. */
  capabilities: string[];
  /** The manager archetype whose span band applies (blank: the default band). */
  archetype?: Archetype;
  /** Assistants are not counted in their manager's span. */
  assistant?: boolean;
}

export type Archetype = "playerCoach" | "coach" | "supervisor" | "facilitator" | "coordinator";

export type Grade = "specialist" | "supervisor" | "manager" | "director";
export type City = "hangzhou" | "shanghai";

const MGMT: [string, string] = ["Management", "管理层"];
const OPS: [string, string] = ["Operations", "运营部门"];
const TECH: [string, string] = ["Tech Support", "技术支持部门"];
const DATA: [string, string] = ["Data Analysis", "数据分析部门"];
const MKT: [string, string] = ["Marketing", "市场推广部门"];
const CS: [string, string] = ["Customer Service", "客户服务部门"];
const DESIGN: [string, string] = ["Design", "设计部门"];
const BD: [string, string] = ["Business Development", "商务合作部门"];
const PMO: [string, string] = ["Project Management", "项目管理部门"];
const PRODUCT_OPS: [string, string] = ["Product Ops", "产品运营团队"];
const USER_OPS: [string, string] = ["User Ops", "用户运营团队"];
const CONTENT_OPS: [string, string] = ["Content Ops", "内容运营团队"];
const CAMPAIGN_OPS: [string, string] = ["Campaign Ops", "活动运营团队"];

const LI_NA: [string, string] = ["Li Na", "李娜"];

// One position a line, like the rows of the sheet it becomes.
// prettier-ignore
export const OPERATIONS_CENTER: readonly SamplePosition[] = [
  { id: "OC-001", title: ["Operations Director", "运营总监"], department: MGMT, team: null, reportsTo: "", name: ["Zhang Wei", "张伟"], grade: "director", fte: 1, salary: 960000, startDate: "2019-03-01", costCenter: "CC-100", location: "hangzhou", capabilities: ["strategy-planning", "strategy-optimisation", "resource-coordination"], archetype: "supervisor" },
  { id: "OC-002", title: ["Executive Assistant", "总监助理"], department: MGMT, team: null, reportsTo: "OC-001", name: ["Qian Yu", "钱玉"], grade: "specialist", fte: 1, salary: 150000, startDate: "2021-07-05", costCenter: "CC-100", location: "hangzhou", capabilities: ["resource-coordination"], assistant: true },
  { id: "OC-010", title: ["Operations Manager", "运营经理"], department: OPS, team: null, reportsTo: "OC-001", name: ["Wang Fang", "王芳"], grade: "manager", fte: 1, salary: 540000, startDate: "2020-06-15", costCenter: "CC-200", location: "hangzhou", capabilities: ["strategy-optimisation", "cross-department-work", "resource-coordination"], archetype: "playerCoach" },
  { id: "OC-011", title: ["Product Manager", "产品经理"], department: OPS, team: PRODUCT_OPS, reportsTo: "OC-010", name: ["Liu Yang", "刘洋"], grade: "supervisor", fte: 1, salary: 420000, startDate: "2021-02-01", costCenter: "CC-210", location: "hangzhou", capabilities: ["product-research", "competitor-analysis", "product-data-analysis"], archetype: "playerCoach" },
  { id: "OC-012", title: ["Product Specialist", "产品专员"], department: OPS, team: PRODUCT_OPS, reportsTo: "OC-011", name: ["Chen Jing", "陈静"], grade: "specialist", fte: 1, salary: 216000, startDate: "2022-07-11", costCenter: "CC-210", location: "hangzhou", capabilities: ["product-promotion", "product-training"] },
  { id: "OC-013", title: ["Product Specialist", "产品专员"], department: OPS, team: PRODUCT_OPS, reportsTo: "OC-011", name: null, grade: "specialist", fte: 1, salary: 204000, startDate: "2027-01-04", costCenter: "CC-210", location: "hangzhou", capabilities: ["product-promotion", "product-research"] },
  { id: "OC-014", title: ["User Growth Manager", "用户增长经理"], department: OPS, team: USER_OPS, reportsTo: "OC-010", name: ["Yang Lei", "杨磊"], grade: "supervisor", fte: 1, salary: 408000, startDate: "2021-04-19", costCenter: "CC-220", location: "hangzhou", capabilities: ["growth-planning", "acquisition", "activation"], archetype: "playerCoach" },
  { id: "OC-015", title: ["User Relationship Specialist", "用户关系管理专员"], department: OPS, team: USER_OPS, reportsTo: "OC-014", name: ["Zhao Min", "赵敏"], grade: "specialist", fte: 1, salary: 180000, startDate: "2022-09-01", costCenter: "CC-220", location: "hangzhou", capabilities: ["user-relations", "retention"] },
  { id: "OC-016", title: ["User Relationship Specialist", "用户关系管理专员"], department: OPS, team: USER_OPS, reportsTo: "OC-014", name: ["Huang Tao", "黄涛"], grade: "specialist", fte: 1, salary: 174000, startDate: "2023-03-13", costCenter: "CC-220", location: "shanghai", capabilities: ["user-relations", "activation"] },
  { id: "OC-017", title: ["Content Editor-in-Chief", "内容主编"], department: OPS, team: CONTENT_OPS, reportsTo: "OC-010", name: ["Zhou Jie", "周杰"], grade: "supervisor", fte: 1, salary: 384000, startDate: "2020-11-02", costCenter: "CC-230", location: "hangzhou", capabilities: ["content-planning", "content-optimisation"], archetype: "playerCoach" },
  { id: "OC-018", title: ["Copy Editor", "文案编辑"], department: OPS, team: CONTENT_OPS, reportsTo: "OC-017", name: ["Wu Xia", "吴霞"], grade: "specialist", fte: 1, salary: 168000, startDate: "2022-05-16", costCenter: "CC-230", location: "hangzhou", capabilities: ["content-creation"] },
  { id: "OC-019", title: ["Copy Editor", "文案编辑"], department: OPS, team: CONTENT_OPS, reportsTo: "OC-017", name: ["Xu Ming", "徐明"], grade: "specialist", fte: 1, salary: 162000, startDate: "2023-08-07", costCenter: "CC-230", location: "shanghai", capabilities: ["content-creation", "content-publishing"] },
  { id: "OC-020", title: ["New Media Ops Specialist", "新媒体运营专员"], department: OPS, team: CONTENT_OPS, reportsTo: "OC-017", name: LI_NA, grade: "specialist", fte: 0.5, salary: 96000, startDate: "2023-01-09", costCenter: "CC-230", location: "hangzhou", capabilities: ["content-publishing", "traffic-conversion"] },
  { id: "OC-021", title: ["Campaign Planning Manager", "活动策划经理"], department: OPS, team: CAMPAIGN_OPS, reportsTo: "OC-010", name: ["Sun Hao", "孙浩"], grade: "supervisor", fte: 1, salary: 396000, startDate: "2021-09-06", costCenter: "CC-240", location: "hangzhou", capabilities: ["campaign-planning", "campaign-evaluation"], archetype: "playerCoach" },
  { id: "OC-022", title: ["Campaign Execution Specialist", "活动执行专员"], department: OPS, team: CAMPAIGN_OPS, reportsTo: "OC-021", name: ["Ma Li", "马丽"], grade: "specialist", fte: 1, salary: 168000, startDate: "2022-10-10", costCenter: "CC-240", location: "hangzhou", capabilities: ["campaign-execution"] },
  { id: "OC-023", title: ["Campaign Execution Specialist", "活动执行专员"], department: OPS, team: CAMPAIGN_OPS, reportsTo: "OC-021", name: ["Zhu Qiang", "朱强"], grade: "specialist", fte: 1, salary: 156000, startDate: "2024-02-26", costCenter: "CC-240", location: "shanghai", capabilities: ["campaign-execution", "acquisition"] },
  { id: "OC-030", title: ["Tech Support Lead", "技术支持主管"], department: TECH, team: null, reportsTo: "OC-001", name: ["Hu Jun", "胡军"], grade: "supervisor", fte: 1, salary: 480000, startDate: "2020-03-23", costCenter: "CC-300", location: "hangzhou", capabilities: ["cross-department-work"] },
  { id: "OC-031", title: ["Developer", "开发工程师"], department: TECH, team: null, reportsTo: "OC-030", name: ["Guo Peng", "郭鹏"], grade: "specialist", fte: 1, salary: 336000, startDate: "2021-06-07", costCenter: "CC-300", location: "hangzhou", capabilities: [] },
  { id: "OC-032", title: ["Developer", "开发工程师"], department: TECH, team: null, reportsTo: "OC-030", name: ["He Yan", "何艳"], grade: "specialist", fte: 1, salary: 312000, startDate: "2022-11-14", costCenter: "CC-300", location: "hangzhou", capabilities: [] },
  { id: "OC-033", title: ["QA Engineer", "测试工程师"], department: TECH, team: null, reportsTo: "OC-030", name: ["Lin Feng", "林峰"], grade: "specialist", fte: 1, salary: 264000, startDate: "2023-04-03", costCenter: "CC-300", location: "hangzhou", capabilities: [] },
  { id: "OC-040", title: ["Data Analysis Supervisor", "数据分析主管"], department: DATA, team: null, reportsTo: "OC-001", name: ["Luo Bin", "罗斌"], grade: "supervisor", fte: 1, salary: 456000, startDate: "2020-08-17", costCenter: "CC-400", location: "hangzhou", capabilities: ["metrics-system", "decision-support"] },
  { id: "OC-041", title: ["Data Analyst", "数据分析师"], department: DATA, team: null, reportsTo: "OC-040", dottedLineTo: "OC-010", name: ["Gao Yun", "高云"], grade: "specialist", fte: 1, salary: 288000, startDate: "2022-03-21", costCenter: "CC-400", location: "hangzhou", capabilities: ["analysis-mining", "product-data-analysis", "channel-roi"] },
  { id: "OC-042", title: ["Data Analyst", "数据分析师"], department: DATA, team: null, reportsTo: "OC-040", name: null, grade: "specialist", fte: 1, salary: 276000, startDate: "2027-02-01", costCenter: "CC-400", location: "hangzhou", capabilities: ["analysis-mining", "decision-support"] },
  { id: "OC-050", title: ["Marketing Manager", "市场经理"], department: MKT, team: null, reportsTo: "OC-001", name: ["Liang Chen", "梁晨"], grade: "manager", fte: 1, salary: 504000, startDate: "2020-05-11", costCenter: "CC-500", location: "shanghai", capabilities: ["channel-management", "product-promotion"] },
  { id: "OC-051", title: ["Channel Expansion Specialist", "渠道拓展专员"], department: MKT, team: null, reportsTo: "OC-050", name: ["Song Yu", "宋宇"], grade: "specialist", fte: 1, salary: 192000, startDate: "2022-08-22", costCenter: "CC-500", location: "shanghai", capabilities: ["channel-expansion", "traffic-conversion"] },
  { id: "OC-052", title: ["Channel Expansion Specialist", "渠道拓展专员"], department: MKT, team: null, reportsTo: "OC-050", name: LI_NA, grade: "specialist", fte: 0.5, salary: 96000, startDate: "2023-01-09", costCenter: "CC-500", location: "hangzhou", capabilities: ["channel-expansion"] },
  { id: "OC-060", title: ["Customer Service Manager", "客服经理"], department: CS, team: null, reportsTo: "OC-001", name: ["Zheng Hui", "郑慧"], grade: "manager", fte: 1, salary: 360000, startDate: "2019-10-08", costCenter: "CC-600", location: "hangzhou", capabilities: ["user-relations", "retention"] },
  { id: "OC-061", title: ["Customer Service Specialist", "客服专员"], department: CS, team: null, reportsTo: "OC-060", name: ["Xie Ting", "谢婷"], grade: "specialist", fte: 1, salary: 120000, startDate: "2022-01-17", costCenter: "CC-600", location: "hangzhou", capabilities: ["user-relations"] },
  { id: "OC-062", title: ["Customer Service Specialist", "客服专员"], department: CS, team: null, reportsTo: "OC-060", name: ["Han Xue", "韩雪"], grade: "specialist", fte: 1, salary: 114000, startDate: "2023-06-05", costCenter: "CC-600", location: "hangzhou", capabilities: ["user-relations"] },
  { id: "OC-063", title: ["Customer Service Specialist", "客服专员"], department: CS, team: null, reportsTo: "OC-060", name: ["Tang Jia", "唐佳"], grade: "specialist", fte: 0.8, salary: 96000, startDate: "2024-04-15", costCenter: "CC-600", location: "shanghai", capabilities: ["user-relations", "retention"] },
  { id: "OC-070", title: ["Design Lead", "设计主管"], department: DESIGN, team: null, reportsTo: "OC-001", name: ["Feng Yue", "冯悦"], grade: "supervisor", fte: 1, salary: 432000, startDate: "2021-01-11", costCenter: "CC-700", location: "shanghai", capabilities: ["content-optimisation"] },
  { id: "OC-071", title: ["UI/UX Designer", "UI/UX 设计师"], department: DESIGN, team: null, reportsTo: "OC-070", name: ["Deng Kai", "邓凯"], grade: "specialist", fte: 1, salary: 276000, startDate: "2022-06-20", costCenter: "CC-700", location: "shanghai", capabilities: ["content-creation"] },
  { id: "OC-072", title: ["UI/UX Designer", "UI/UX 设计师"], department: DESIGN, team: null, reportsTo: "OC-070", name: ["Cao Lin", "曹琳"], grade: "specialist", fte: 1, salary: 264000, startDate: "2023-09-04", costCenter: "CC-700", location: "shanghai", capabilities: ["content-creation"] },
  { id: "OC-080", title: ["Business Development Manager", "商务经理"], department: BD, team: null, reportsTo: "OC-001", name: ["Peng Bo", "彭博"], grade: "manager", fte: 1, salary: 456000, startDate: "2021-05-24", costCenter: "CC-800", location: "shanghai", capabilities: ["channel-expansion", "resource-coordination"] },
  { id: "OC-090", title: ["Project Manager", "项目经理"], department: PMO, team: null, reportsTo: "OC-001", name: ["Jiang Ning", "蒋宁"], grade: "manager", fte: 1, salary: 432000, startDate: "2020-12-07", costCenter: "CC-900", location: "hangzhou", capabilities: ["cross-department-work", "resource-coordination"] },
];
