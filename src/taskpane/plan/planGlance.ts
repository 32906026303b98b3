/**
 * A plan at a glance in the Plan tab's list: its headcount and cost, and how they differ from the current org's.
 * Worked out from the plan's analysis and cost (the same pipeline as the current org's).
 */
export type PlanGlance =
  | { state: "pending" }
  | { state: "unavailable" }
  | {
      state: "ready";
      headcount: number;
      deltaHeadcount: number;
      /** Ticks, fully loaded, the fiscal year; undefined when the plan cannot be costed. */
      cost?: number;
      deltaCost?: number;
      currency: string;
    };
