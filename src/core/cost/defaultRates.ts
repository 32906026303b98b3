import { dayOfIso } from "./fiscalYear";
import { locationKey, type RateLine } from "./rateLines";

/**
 * Employer on-cost rates shipped with Orgwright, used for a location the workbook's Rates table does not name.
 * Each line's source and year is listed in docs/cost.md ("Default rates"); amounts are per month in the
 * location's currency. The workbook's own Rates rows win.
 */
interface DefaultLine {
  item: string;
  rate: number; // percent
  floor: number;
  cap: number | null;
  threshold: number;
}

function period(
  location: string,
  from: string,
  to: string,
  reference: string,
  lines: readonly DefaultLine[],
): RateLine[] {
  return lines.map((line) => ({
    location,
    item: line.item,
    ratePpm: Math.round(line.rate * 10_000),
    floorCents: Math.round(line.floor * 100),
    capCents: line.cap === null ? -1 : Math.round(line.cap * 100),
    thresholdCents: Math.round(line.threshold * 100),
    from: dayOfIso(from),
    to: dayOfIso(to),
    source: { kind: "default", reference },
  }));
}

/** China's five insurances and housing fund (五险一金), one base floor and cap for the social insurance lines. */
function china(
  socialFloor: number,
  socialCap: number,
  housingFloor: number,
  housingCap: number,
  rates: {
    pension: number;
    unemployment: number;
    medical: number;
    injury: number;
    housing: number;
  },
): DefaultLine[] {
  const social = (item: string, rate: number): DefaultLine => ({
    item,
    rate,
    floor: socialFloor,
    cap: socialCap,
    threshold: 0,
  });
  return [
    social("Pension 养老保险", rates.pension),
    social("Unemployment 失业保险", rates.unemployment),
    social("Medical incl. maternity 医疗保险（含生育）", rates.medical),
    social("Work injury 工伤保险", rates.injury),
    { item: "Housing fund 住房公积金", rate: rates.housing, floor: housingFloor, cap: housingCap, threshold: 0 },
  ];
}

const BEIJING_RATES = { pension: 16, unemployment: 0.5, medical: 9.8, injury: 0.4, housing: 12 };
const SHANGHAI_RATES = { pension: 16, unemployment: 0.5, medical: 9, injury: 0.16, housing: 7 };

/** UK employer NI (above the secondary threshold) and the auto-enrolment minimum pension on qualifying earnings. */
function uk(niRate: number, niThresholdMonthly: number): DefaultLine[] {
  return [
    { item: "Employer NI", rate: niRate, floor: 0, cap: null, threshold: niThresholdMonthly },
    { item: "Pension (auto-enrolment minimum)", rate: 3, floor: 0, cap: 4189, threshold: 520 },
  ];
}

export const DEFAULT_RATE_LINES: readonly RateLine[] = [
  ...period(
    "Beijing",
    "2024-07-01",
    "2025-06-30",
    "Beijing 2024-07/2025-06 [C1]",
    china(6821, 35283, 2420, 35283, BEIJING_RATES),
  ),
  ...period(
    "Beijing",
    "2025-07-01",
    "2026-06-30",
    "Beijing 2025-07/2026-06 [C3]; housing-fund floor unverified",
    china(7162, 35811, 2420, 35811, BEIJING_RATES),
  ),
  ...period(
    "Shanghai",
    "2024-07-01",
    "2025-06-30",
    "Shanghai 2024-07/2025-06 [C1]",
    china(7384, 36921, 2690, 36921, SHANGHAI_RATES),
  ),
  ...period(
    "Shanghai",
    "2025-07-01",
    "2026-06-30",
    "Shanghai 2025-07/2026-06 (unverified: floors and caps not in the sources)",
    china(7460, 37302, 2740, 37302, SHANGHAI_RATES),
  ),
  ...period("UK", "2024-04-06", "2025-04-05", "UK 2024/25 [U1][U8]", uk(13.8, 758)),
  ...period("UK", "2025-04-06", "2026-04-05", "UK 2025/26 [U1][U2][U8]", uk(15, 417)),
];

/** Other names of the default locations, normalized → the default's key. */
export const DEFAULT_LOCATION_ALIASES: ReadonlyMap<string, string> = new Map(
  (
    [
      ["Beijing", ["北京", "北京市", "Beijing"]],
      ["Shanghai", ["上海", "上海市", "Shanghai"]],
      ["UK", ["UK", "United Kingdom", "英国", "Great Britain", "GB", "England", "London", "伦敦"]],
    ] as const
  ).flatMap(([location, names]) => names.map((name) => [locationKey(name), locationKey(location)] as const)),
);
