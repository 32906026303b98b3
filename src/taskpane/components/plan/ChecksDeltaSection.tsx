import { mergeClasses, Caption1, Table, TableBody, TableCell, TableRow, Text, useId } from "@fluentui/react-components";
import { Warning16Regular } from "@fluentui/react-icons";
import type { CoverageChange, PlanComparison } from "../../../core/compare/planComparison";
import type { Finding } from "../../../core/findings/finding";
import { formatLocaleNumber } from "../../../core/findings/localeFormat";
import type { Lang, Translate } from "../../../i18n";
import { shownMessage } from "../../findings/shownMessage";
import { formatCountDelta } from "../../plan/formatDelta";
import { usePaneLanguage } from "../../translateContext";
import { toneOf, usePlanStyles } from "./planStyles";

/** Findings listed per side before the rest is counted. */
const FINDINGS_SHOWN = 8;

/** Δ spans of control and layers: before → after, and the change. */
export function StructureSection({ comparison }: { comparison: PlanComparison }) {
  const styles = usePlanStyles();
  const { lang, t } = usePaneLanguage();
  const headingId = useId("plan-structure");
  const { spans, layers } = comparison.structure;
  const number = (value: number | null) => (value === null ? "—" : formatLocaleNumber(lang, value, 1));
  const rows = [
    { key: "managers", label: t("ui.plan.compare.managers"), ...spans.managers },
    { key: "mean", label: t("ui.plan.compare.spanStat", { stat: t("ui.plan.compare.mean") }), ...spans.mean },
    { key: "median", label: t("ui.plan.compare.spanStat", { stat: t("ui.plan.compare.median") }), ...spans.median },
    { key: "widest", label: t("ui.plan.compare.widest"), ...spans.widest },
    { key: "layers", label: t("ui.plan.compare.layers"), ...layers.count },
  ];
  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid="plan-structure">
      <Text as="h3" id={headingId} weight="semibold" className={styles.heading}>
        {t("ui.plan.compare.structure")}
      </Text>
      <Table size="extra-small" className={styles.table} aria-labelledby={headingId}>
        <TableBody>
          {rows.map((row) => {
            const delta = row.baseline === null || row.plan === null ? 0 : row.plan - row.baseline;
            return (
              <TableRow key={row.key} data-structure={row.key}>
                <TableCell className={styles.name}>{row.label}</TableCell>
                <TableCell className={styles.number}>
                  {number(row.baseline)} → {number(row.plan)}
                </TableCell>
                <TableCell className={mergeClasses(styles.number, toneOf(styles, 0))}>
                  {formatCountDelta(lang, delta, 1)}
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </section>
  );
}

function FindingLines({ findings, more }: { findings: readonly Finding[]; more: (count: number) => string }) {
  const styles = usePlanStyles();
  const { lang } = usePaneLanguage();
  return (
    <ul className={styles.list}>
      {findings.slice(0, FINDINGS_SHOWN).map((finding, i) => (
        <li key={i} data-finding-code={finding.code}>
          <Caption1>{shownMessage(finding, lang)}</Caption1>
        </li>
      ))}
      {findings.length > FINDINGS_SHOWN && (
        <li>
          <Caption1 className={styles.note}>{more(findings.length - FINDINGS_SHOWN)}</Caption1>
        </li>
      )}
    </ul>
  );
}

/** Findings the plan brings (new) and those it clears (resolved). */
export function FindingsDeltaSection({ comparison }: { comparison: PlanComparison }) {
  const styles = usePlanStyles();
  const { lang, t } = usePaneLanguage();
  const headingId = useId("plan-findings");
  const { new: added, resolved } = comparison.findings;
  const more = (count: number) => t("ui.positions.showMore", { count: formatLocaleNumber(lang, count) });
  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid="plan-findings">
      <Text as="h3" id={headingId} weight="semibold" className={styles.heading}>
        {t("ui.plan.compare.findings")}
      </Text>
      {added.length === 0 && resolved.length === 0 && (
        <Caption1 className={styles.note}>{t("ui.plan.compare.findingsNone")}</Caption1>
      )}
      {added.length > 0 && (
        <div data-findings="new">
          <Text size={200} weight="semibold" className={styles.more}>
            {t("ui.plan.compare.findingsNew", { count: formatLocaleNumber(lang, added.length) })}
          </Text>
          <FindingLines findings={added} more={more} />
        </div>
      )}
      {resolved.length > 0 && (
        <div data-findings="resolved">
          <Text size={200} weight="semibold" className={styles.less}>
            {t("ui.plan.compare.findingsResolved", { count: formatLocaleNumber(lang, resolved.length) })}
          </Text>
          <FindingLines findings={resolved} more={more} />
        </div>
      )}
    </section>
  );
}

function capabilityText(lang: Lang, t: Translate, change: CoverageChange): string {
  const capability = (lang === "zh-CN" ? change.zh : change.en) || change.capability;
  return change.department === null
    ? `${capability} (${t("ui.plan.compare.orgWide")})`
    : t("ui.plan.compare.inDepartment", { capability, department: change.department });
}

/** Capabilities that lose their last holder (flagged) or gain one. */
export function CoverageDeltaSection({ comparison }: { comparison: PlanComparison }) {
  const styles = usePlanStyles();
  const { lang, t } = usePaneLanguage();
  const headingId = useId("plan-coverage");
  const lost = comparison.coverage.filter((change) => change.change === "lost");
  const gained = comparison.coverage.filter((change) => change.change === "gained");
  const names = (changes: CoverageChange[]) =>
    changes.map((change) => capabilityText(lang, t, change)).join(lang === "zh-CN" ? "、" : ", ");
  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid="plan-coverage">
      <Text as="h3" id={headingId} weight="semibold" className={styles.heading}>
        {t("ui.plan.compare.coverage")}
      </Text>
      {lost.length === 0 && gained.length === 0 && (
        <Caption1 className={styles.note}>{t("ui.plan.compare.coverageNone")}</Caption1>
      )}
      {lost.length > 0 && (
        <Caption1 className={styles.flagged} data-coverage="lost">
          <Warning16Regular aria-hidden /> {t("ui.plan.compare.coverageLost", { capabilities: names(lost) })}
        </Caption1>
      )}
      {gained.length > 0 && (
        <Caption1 data-coverage="gained">
          {t("ui.plan.compare.coverageGained", { capabilities: names(gained) })}
        </Caption1>
      )}
    </section>
  );
}
