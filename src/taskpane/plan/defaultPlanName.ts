import { translate, type Lang } from "../../i18n";

/** The name a new plan is offered: "Plan 1", "Plan 2"… (方案 1…), the first not taken, counting on from the plans there are. */
export function defaultPlanName(lang: Lang, taken: readonly string[]): string {
  const names = new Set(taken.map((name) => name.trim().toLowerCase()));
  for (let number = taken.length + 1; ; number++) {
    const name = translate(lang, "ui.plan.defaultName", { number });
    if (!names.has(name.toLowerCase())) return name;
  }
}
