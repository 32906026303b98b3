/**
 * Words the synthetic orgs are made of: departments with their share of headcount, titles, grades,
 * locations and people's names (Chinese and Latin-script).
 */

export interface DepartmentKind {
  name: string;
  /** Share of the org's headcount, in percent (the list sums to 100). */
  weight: number;
  /** Two-digit code used in cost centers ("CC-1007"). */
  code: number;
  /** Titles of individual contributors. */
  roles: readonly string[];
}

/** Biggest first: an org with k departments takes the first k. */
export const DEPARTMENT_KINDS: readonly DepartmentKind[] = [
  {
    name: "Engineering",
    weight: 20,
    code: 10,
    roles: [
      "Software Engineer",
      "Senior Software Engineer",
      "QA Engineer",
      "Site Reliability Engineer",
      "Data Engineer",
    ],
  },
  {
    name: "Sales",
    weight: 15,
    code: 11,
    roles: ["Account Executive", "Sales Representative", "Sales Engineer", "Inside Sales Specialist"],
  },
  {
    name: "Operations",
    weight: 14,
    code: 12,
    roles: [
      "Operations Specialist",
      "Content Operations Specialist",
      "User Operations Specialist",
      "Campaign Execution Specialist",
    ],
  },
  {
    name: "Customer Service",
    weight: 12,
    code: 13,
    roles: ["Customer Service Specialist", "Support Agent", "Online Customer Service Agent"],
  },
  {
    name: "Marketing",
    weight: 9,
    code: 14,
    roles: ["Marketing Specialist", "Channel Expansion Specialist", "Brand Specialist", "Copywriter"],
  },
  { name: "Product", weight: 8, code: 15, roles: ["Product Manager", "Product Specialist", "Product Analyst"] },
  { name: "Data Analysis", weight: 6, code: 16, roles: ["Data Analyst", "Data Scientist", "BI Developer"] },
  { name: "Finance", weight: 5, code: 17, roles: ["Accountant", "Financial Analyst", "Payroll Specialist"] },
  { name: "Human Resources", weight: 4, code: 18, roles: ["HR Business Partner", "Recruiter", "HR Specialist"] },
  { name: "Design", weight: 3, code: 19, roles: ["UI/UX Designer", "Visual Designer"] },
  {
    name: "Business Development",
    weight: 2,
    code: 20,
    roles: ["Business Development Manager", "Partnership Specialist"],
  },
  { name: "Legal", weight: 2, code: 21, roles: ["Legal Counsel", "Compliance Specialist"] },
];

/** Roles reporting straight to the CEO that manage nobody. */
export const STAFF_ROLES: readonly string[] = ["Chief of Staff", "Executive Assistant"];

/** Manager titles by how far below the department head they sit (0 = the head). */
export const MANAGER_TITLES: readonly string[] = [
  "Vice President",
  "Director",
  "Senior Manager",
  "Manager",
  "Team Lead",
];

/** Grades of managers by the same distance; individual contributors are P2–P7. */
export const MANAGER_GRADES: readonly string[] = ["M6", "M5", "M4", "M3", "M2"];
export const CONTRIBUTOR_GRADES: readonly string[] = ["P2", "P3", "P4", "P5", "P6", "P7"];
export const EXECUTIVE_GRADE = "E1";

/** Annual base salary (CNY) at FTE 1 by grade. */
export const SALARY_BY_GRADE: Readonly<Record<string, number>> = {
  E1: 2_400_000,
  M6: 1_500_000,
  M5: 1_000_000,
  M4: 720_000,
  M3: 540_000,
  M2: 420_000,
  P7: 480_000,
  P6: 360_000,
  P5: 288_000,
  P4: 228_000,
  P3: 180_000,
  P2: 144_000,
};

export const LOCATIONS: readonly { name: string; weight: number }[] = [
  { name: "Hangzhou", weight: 30 },
  { name: "Shanghai", weight: 22 },
  { name: "Beijing", weight: 14 },
  { name: "Shenzhen", weight: 10 },
  { name: "Singapore", weight: 6 },
  { name: "London", weight: 5 },
  { name: "Munich", weight: 4 },
  { name: "São Paulo", weight: 4 },
  { name: "New York", weight: 5 },
];

export const CHINESE_SURNAMES: readonly string[] = [
  ..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔向汤",
];

/** Characters of given names; a given name is one or two of them (张伟, 王秀英). */
export const CHINESE_GIVEN_CHARACTERS: readonly string[] = [
  ..."伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂华玉萍红鹏辉斌宇浩凯健俊帆晨欣怡婷雪琳晶颖倩佳悦瑶涵博文睿哲思远航鑫宁峰毅",
];

export const LATIN_GIVEN_NAMES: readonly string[] = [
  "James",
  "Mary",
  "John",
  "Patricia",
  "Robert",
  "Jennifer",
  "Michael",
  "Linda",
  "David",
  "Elizabeth",
  "William",
  "Susan",
  "Richard",
  "Jessica",
  "Joseph",
  "Sarah",
  "Thomas",
  "Karen",
  "Daniel",
  "Emma",
  "Lukas",
  "Sofia",
  "Ahmed",
  "Priya",
  "Arjun",
  "Fatima",
  "Carlos",
  "Ana",
  "Sean",
  "Chloé",
  "Kenji",
  "Yuki",
  "Olga",
  "Ivan",
  "Noah",
  "Mia",
  "Lucas",
  "Hannah",
  "Mateo",
  "Aisha",
];

export const LATIN_SURNAMES: readonly string[] = [
  "Smith",
  "Johnson",
  "Williams",
  "Brown",
  "Jones",
  "Garcia",
  "Miller",
  "Davis",
  "Rodriguez",
  "Martinez",
  "Wilson",
  "Anderson",
  "Taylor",
  "Thomas",
  "Moore",
  "Martin",
  "Lee",
  "Thompson",
  "White",
  "Harris",
  "Müller",
  "Schmidt",
  "O'Brien",
  "Silva",
  "Santos",
  "Patel",
  "Kumar",
  "Nguyen",
  "Kowalski",
  "Rossi",
  "Dubois",
  "Tanaka",
  "Ivanov",
  "Cohen",
  "Khan",
  "Fischer",
  "Novak",
  "Jensen",
  "Murphy",
  "Costa",
];
