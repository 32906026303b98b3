/**
 * The rules the org checks apply: span-of-control targets, layers, the grade ladders, coverage
 * thresholds. Defaults below; users edit them in the pane's Settings, and they are saved in the
 * workbook (setting `orgwright.rules`) so everyone who opens the file sees the same rules.
 */

/** Manager archetypes and their span targets (an optional Archetype column picks one per manager). */
export const ARCHETYPES = ["playerCoach", "coach", "supervisor", "facilitator", "coordinator"] as const;
export type Archetype = (typeof ARCHETYPES)[number];

/** An inclusive range of direct reports; `max: null` means no upper bound. */
export interface SpanBand {
  min: number;
  max: number | null;
}

/** Rules for one department that replace the general ones. */
export interface DepartmentRule {
  /** The department as written in the Department column (compared without case and spacing). */
  department: string;
  span?: SpanBand;
  maxLayers?: number;
}

/** A grade ladder: rungs from lowest to highest; the names on one rung are equal grades. */
export interface GradeLadder {
  name: string;
  rungs: string[][];
}

export interface OrgRules {
  /** Span target for a manager with no archetype (and no department rule): 4–8. */
  defaultSpan: SpanBand;
  /** Span targets per archetype. */
  archetypeSpans: Record<Archetype, SpanBand>;
  /** Most layers allowed, the top being layer 1: 7. */
  maxLayers: number;
  /** Per-department overrides of the span target and the layers. */
  departments: DepartmentRule[];
  /** Grade ladders for GRADE_INVERSION; two grades are compared only when one ladder holds both. */
  gradeLadders: GradeLadder[];
  /** Holders wanted per capability when the catalogue does not say: fewer than this (but one) is a bus factor of 1. */
  requiredHolders: number;
  /** Most departments a capability with no owner department may be spread over (CAPABILITY_FRAGMENTED). */
  maxCapabilityDepartments: number;
}

function pmLadder(): string[][] {
  const rungs: string[][] = [];
  for (let p = 1; p <= 9; p++) rungs.push([`P${p}`]);
  for (let m = 1; m <= 5; m++) rungs.push([`M${m}`]);
  return rungs;
}

export const DEFAULT_ORG_RULES: OrgRules = {
  defaultSpan: { min: 4, max: 8 },
  archetypeSpans: {
    playerCoach: { min: 3, max: 5 },
    coach: { min: 6, max: 7 },
    supervisor: { min: 8, max: 10 },
    facilitator: { min: 11, max: 15 },
    coordinator: { min: 15, max: null },
  },
  maxLayers: 7,
  departments: [],
  gradeLadders: [
    { name: "P/M", rungs: pmLadder() },
    {
      name: "专员 → COO",
      rungs: [
        ["专员", "Specialist"],
        ["主管", "Supervisor"],
        ["经理", "Manager"],
        ["总监", "Director"],
        ["COO", "CMO"],
      ],
    },
  ],
  requiredHolders: 2,
  maxCapabilityDepartments: 3,
};
