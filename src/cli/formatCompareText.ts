import { formatLocaleNumber, formatMoney } from "../core/findings/localeFormat";
import type { Lang, MessageKey, Translate } from "../i18n";
import { alignColumns } from "./alignColumns";
import type { BeforeAfterJson, CompareJson } from "./compareJson";
import { formatBudgetText } from "./runCost";

/** Where each side was read from, for the heading. */
export interface CompareSidesText {
  baseline: { file: string; sheet: string };
  plan: { file: string; sheet: string };
  /** Why the cost is not compared, when it is not: a side not costed, or the two costed in different currencies. */
  notCosted?: "missing" | "currency";
}

/** Changes listed before "… and n more". */
const CHANGES_SHOWN = 60;
/** Findings listed per group before "… and n more". */
const FINDINGS_SHOWN = 30;

/**
 * The comparison as a readable summary in the user's language: the sides, the period, the matching, the summary
 * (baseline, plan, Δ of headcount, FTE and cost), the change list, the departments and months, the cost bridge, the
 * new and resolved findings. Columns are aligned (Chinese characters count two columns).
 */
export function formatCompareText(json: CompareJson, sides: CompareSidesText, lang: Lang, t: Translate): string {
  const number = (value: number) => formatLocaleNumber(lang, value, 6);
  const money = (value: number) => formatMoney(lang, value, json.currency);
  const signed = (text: string, value: number) => (value > 0 ? `+${text}` : text);
  const lines: string[] = [
    t("compare.text.heading", {
      baseline: sides.baseline.file,
      baselineSheet: sides.baseline.sheet,
      plan: sides.plan.file,
      planSheet: sides.plan.sheet,
    }),
  ];
  if (json.costed && json.months.length > 0)
    lines.push(
      t("compare.text.period", {
        first: json.months[0],
        last: json.months[json.months.length - 1],
        currency: json.currency || "–",
      }),
    );
  else
    lines.push(
      t("compare.text.notCosted", {
        reason: t(sides.notCosted === "currency" ? "compare.text.notCostedCurrency" : "compare.text.notCostedMissing"),
      }),
    );
  lines.push(
    t("compare.text.matching", { matched: json.matching.matched, renamed: json.matching.renamed.length }),
    ...json.matching.renamed.map((pair) => t("compare.text.renamed", { from: pair.baselineId, to: pair.planId })),
    "",
  );

  const triple = (label: string, line: BeforeAfterJson, format: (value: number) => string) => [
    label,
    format(line.baseline),
    format(line.plan),
    signed(format(line.delta), line.delta),
  ];
  lines.push(
    ...alignColumns(
      [
        ["", t("compare.baseline"), t("compare.plan"), t("compare.delta")],
        triple(t("compare.headcount"), json.delta.headcount, number),
        triple(t("compare.fte"), json.delta.fte, number),
        json.costed
          ? triple(t("compare.costIn", { currency: json.currency || "–" }), json.delta.cost, money)
          : [t("compare.cost"), "–", "–", "–"],
      ],
      [false, true, true, true],
    ),
    "",
  );

  const total = json.added.length + json.removed.length + json.moved.length + json.changed.length;
  if (total === 0 && json.delta.cost.delta === 0) lines.push(t("compare.text.noChanges"));
  else {
    lines.push(
      t("compare.text.changes", {
        added: json.added.length,
        removed: json.removed.length,
        moved: json.moved.length,
        changed: json.changed.length,
      }),
    );
    const rows: string[][] = [];
    const kind = (key: "added" | "removed" | "moved" | "changed") => t(`compare.kind.${key}`);
    const manager = (id: string) => id || t("compare.text.top");
    for (const position of json.added) rows.push([kind("added"), position.id, position.title, position.department, ""]);
    for (const position of json.removed)
      rows.push([kind("removed"), position.id, position.title, position.department, ""]);
    for (const position of json.moved)
      rows.push([
        kind("moved"),
        position.id,
        position.title,
        position.department,
        t("compare.text.fieldChange", {
          field: t("compare.field.manager"),
          before: manager(position.from),
          after: manager(position.to),
        }),
      ]);
    for (const position of json.changed)
      rows.push([
        kind("changed"),
        position.id,
        position.title,
        position.department,
        position.changes
          .map((change) =>
            t("compare.text.fieldChange", {
              field: t(`field.${change.field}` as MessageKey),
              before: fieldText(change.field, change.before, lang, t),
              after: fieldText(change.field, change.after, lang, t),
            }),
          )
          .join("; "),
      ]);
    lines.push(...alignColumns(rows.slice(0, CHANGES_SHOWN), [], "  "));
    if (rows.length > CHANGES_SHOWN) lines.push(`  ${t("compare.text.more", { count: rows.length - CHANGES_SHOWN })}`);
  }

  const departments = json.delta.departments.filter(
    (line) => line.headcount.delta !== 0 || line.fte.delta !== 0 || line.cost.delta !== 0,
  );
  if (departments.length > 0)
    lines.push(
      "",
      t("compare.text.departments"),
      ...alignColumns(
        [
          [
            t("compare.department"),
            t("compare.text.deltaOf", { what: t("compare.headcount") }),
            t("compare.text.deltaOf", { what: t("compare.fte") }),
            t("compare.text.deltaOf", { what: t("compare.cost") }),
          ],
          ...departments.map((line) => [
            line.department || t("coverage.noDepartment"),
            signed(number(line.headcount.delta), line.headcount.delta),
            signed(number(line.fte.delta), line.fte.delta),
            json.costed ? signed(money(line.cost.delta), line.cost.delta) : "–",
          ]),
        ],
        [false, true, true, true],
        "  ",
      ),
    );

  if (json.costed && json.months.length > 0) {
    lines.push(
      "",
      t("compare.text.months"),
      ...alignColumns(
        [
          [t("compare.month"), t("compare.baseline"), t("compare.plan"), t("compare.delta")],
          ...json.delta.months.map((line) => triple(line.month, line.cost, money)),
        ],
        [false, true, true, true],
        "  ",
      ),
      "",
      t("compare.text.bridge"),
      ...alignColumns(
        [
          [t("compare.bridge.baseline"), money(json.bridge.baseline)],
          ...json.bridge.steps.map((step) => [step.label, signed(money(step.amount), step.amount)]),
          [t("compare.bridge.plan"), money(json.bridge.plan)],
        ],
        [false, true],
        "  ",
      ),
    );
  }

  const { spans, layers } = json.structure;
  const change = (before: number | null, after: number | null) =>
    before === after ? number(after ?? 0) : `${number(before ?? 0)} → ${number(after ?? 0)}`;
  lines.push(
    "",
    t("compare.text.spans", {
      managers: change(spans.managers.baseline, spans.managers.plan),
      mean: change(round1(spans.mean.baseline), round1(spans.mean.plan)),
      layers: change(layers.count.baseline, layers.count.plan),
    }),
  );
  for (const [kind, key] of [
    ["lost", "compare.text.coverageLost"],
    ["gained", "compare.text.coverageGained"],
  ] as const) {
    const changes = json.coverage.filter((item) => item.change === kind);
    if (changes.length > 0)
      lines.push(
        t(key, {
          list: changes
            .map((item) =>
              t("compare.text.coverageItem", {
                capability: lang === "zh-CN" ? item.zh || item.en : item.en || item.zh,
                area: item.department ?? t("compare.text.wholeOrg"),
              }),
            )
            .join(t("cli.report.separator")),
        }),
      );
  }

  if (json.budget) {
    lines.push("", t("compare.text.budget", { source: t(`compare.budget.source.${json.budget.source}`) }));
    lines.push(...formatBudgetText(json.budget, lang, t));
  }

  for (const [key, findings] of [
    ["compare.text.findingsNew", json.findings.new],
    ["compare.text.findingsResolved", json.findings.resolved],
  ] as const) {
    if (findings.length === 0) continue;
    lines.push("", t(key, { count: findings.length }));
    for (const finding of findings.slice(0, FINDINGS_SHOWN))
      lines.push(`  [${t(`severity.${finding.severity}`)}] ${finding.code}: ${finding.message}`);
    if (findings.length > FINDINGS_SHOWN)
      lines.push(`  ${t("compare.text.more", { count: findings.length - FINDINGS_SHOWN })}`);
  }
  return `${lines.join("\n")}\n`;
}

function round1(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10) / 10;
}

/** A field's value as the summary shows it: a status in words, numbers grouped, blank said so. */
export function fieldText(field: string, value: string | number | null, lang: Lang, t: Translate): string {
  if (value === null || value === "") return t("compare.text.blank");
  if (typeof value === "number") return formatLocaleNumber(lang, value, 6);
  if (field === "status" && (value === "filled" || value === "vacant" || value === "planned" || value === "closed"))
    return t(`compare.status.${value}`);
  return value;
}
