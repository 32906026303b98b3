import {
  Button,
  Caption1,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
  useId,
} from "@fluentui/react-components";
import { ArrowReset20Regular, ArrowUndo20Regular, Save20Regular } from "@fluentui/react-icons";
import { useMemo, useRef, useState } from "react";
import { DEFAULT_ORG_RULES, type OrgRules } from "../../../core/checks/orgRules";
import { formatNumber } from "../../formatNumber";
import {
  errorsByField,
  newRowKey,
  readRulesForm,
  rulesFormFrom,
  type DepartmentRuleInput,
  type GradeLadderInput,
  type RulesForm,
} from "../../settings/rulesForm";
import { usePaneLanguage } from "../../translateContext";
import { DepartmentRulesSection } from "./DepartmentRulesSection";
import { GradeLaddersSection } from "./GradeLaddersSection";
import { NumberField } from "./NumberField";
import { useSettingsStyles } from "./settingsStyles";
import { SpanTargetsSection } from "./SpanTargetsSection";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0 },
  intro: { color: tokens.colorNeutralForeground2 },
  footer: {
    position: "sticky",
    bottom: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} 0`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  buttons: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  unsaved: { color: tokens.colorNeutralForeground3 },
});

export interface SettingsViewProps {
  /** The rules saved in the workbook (the defaults when none). */
  rules: OrgRules;
  /** Departments the positions name, offered for the overrides. */
  departments: string[];
  busy: boolean;
  onSave: (rules: OrgRules) => void;
}

/** The Settings panel: the rules the checks apply, edited, checked, and saved in the workbook. */
export function SettingsView({ rules, departments, busy, onSave }: SettingsViewProps) {
  const styles = useStyles();
  const shared = useSettingsStyles();
  const { lang, t } = usePaneLanguage();
  const headingId = useId("settings-heading");
  const [form, setForm] = useState<RulesForm>(() => rulesFormFrom(rules));
  const [dirty, setDirty] = useState(false);
  const [attempted, setAttempted] = useState(false);
  const [resetDone, setResetDone] = useState(false);
  const read = useMemo(() => readRulesForm(form), [form]);
  const errors = useMemo(() => errorsByField(read.ok ? [] : read.errors), [read]);

  const update = (change: (previous: RulesForm) => RulesForm) => {
    setForm(change);
    setDirty(true);
    setResetDone(false);
  };
  const changeDepartment = (row: DepartmentRuleInput) =>
    update((previous) => ({
      ...previous,
      departments: previous.departments.map((old) => (old.key === row.key ? row : old)),
    }));
  const changeLadder = (ladder: GradeLadderInput) =>
    update((previous) => ({
      ...previous,
      gradeLadders: previous.gradeLadders.map((old) => (old.key === ladder.key ? ladder : old)),
    }));
  const sectionRef = useRef<HTMLElement>(null);
  const save = () => {
    setAttempted(true);
    if (read.ok) {
      onSave(read.rules);
      return;
    }
    // Take the user to the first field to fix.
    const field = sectionRef.current?.querySelector<HTMLElement>("[aria-invalid='true']");
    field?.scrollIntoView({ block: "center" });
    field?.focus({ preventScroll: true });
  };

  return (
    <section ref={sectionRef} className={styles.root} aria-labelledby={headingId} data-testid="settings">
      <Text as="h2" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {t("ui.settings.heading")}
      </Text>
      <Text size={200} className={styles.intro}>
        {t("ui.settings.intro")}
      </Text>
      <SpanTargetsSection
        form={form}
        errors={errors}
        onDefaultChange={(defaultSpan) => update((previous) => ({ ...previous, defaultSpan }))}
        onArchetypeChange={(archetype, band) =>
          update((previous) => ({ ...previous, archetypeSpans: { ...previous.archetypeSpans, [archetype]: band } }))
        }
      />
      <fieldset className={shared.section} data-testid="settings-layers">
        <legend className={shared.legend}>
          <Text weight="semibold">{t("ui.settings.layers")}</Text>
        </legend>
        <NumberField
          label={t("ui.settings.maxLayers")}
          field="maxLayers"
          value={form.maxLayers}
          error={errors.get("maxLayers")}
          onChange={(maxLayers) => update((previous) => ({ ...previous, maxLayers }))}
        />
      </fieldset>
      <DepartmentRulesSection
        rows={form.departments}
        departments={departments}
        errors={errors}
        onChange={changeDepartment}
        onAdd={() =>
          update((previous) => ({
            ...previous,
            departments: [
              ...previous.departments,
              { key: newRowKey(), department: "", min: "", max: "", maxLayers: "" },
            ],
          }))
        }
        onRemove={(key) =>
          update((previous) => ({ ...previous, departments: previous.departments.filter((row) => row.key !== key) }))
        }
      />
      <GradeLaddersSection
        ladders={form.gradeLadders}
        errors={errors}
        onChange={changeLadder}
        onAdd={() =>
          update((previous) => ({
            ...previous,
            gradeLadders: [...previous.gradeLadders, { key: newRowKey(), name: "", rungs: "" }],
          }))
        }
        onRemove={(key) =>
          update((previous) => ({ ...previous, gradeLadders: previous.gradeLadders.filter((row) => row.key !== key) }))
        }
      />
      <fieldset className={shared.section} data-testid="settings-coverage">
        <legend className={shared.legend}>
          <Text weight="semibold">{t("ui.settings.coverage")}</Text>
        </legend>
        <NumberField
          label={t("ui.settings.requiredHolders")}
          hint={t("ui.settings.requiredHoldersHint")}
          field="requiredHolders"
          value={form.requiredHolders}
          error={errors.get("requiredHolders")}
          onChange={(requiredHolders) => update((previous) => ({ ...previous, requiredHolders }))}
        />
        <NumberField
          label={t("ui.settings.maxCapabilityDepartments")}
          field="maxCapabilityDepartments"
          value={form.maxCapabilityDepartments}
          error={errors.get("maxCapabilityDepartments")}
          onChange={(maxCapabilityDepartments) => update((previous) => ({ ...previous, maxCapabilityDepartments }))}
        />
      </fieldset>
      <div className={styles.footer}>
        {attempted && !read.ok && (
          <MessageBar intent="error" layout="multiline" data-testid="settings-invalid">
            <MessageBarBody>
              {t("ui.settings.invalid", { count: formatNumber(lang, read.errors.length) })}
            </MessageBarBody>
          </MessageBar>
        )}
        {resetDone && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{t("ui.settings.resetDone")}</MessageBarBody>
          </MessageBar>
        )}
        <div className={styles.buttons}>
          <Button appearance="primary" size="small" icon={<Save20Regular />} disabled={busy} onClick={save}>
            {t("ui.settings.save")}
          </Button>
          <Button
            size="small"
            icon={<ArrowUndo20Regular />}
            disabled={!dirty}
            onClick={() => {
              setForm(rulesFormFrom(rules));
              setDirty(false);
              setAttempted(false);
              setResetDone(false);
            }}
          >
            {t("ui.settings.undo")}
          </Button>
          <Button
            size="small"
            icon={<ArrowReset20Regular />}
            onClick={() => {
              setForm(rulesFormFrom(DEFAULT_ORG_RULES));
              setDirty(true);
              setResetDone(true);
            }}
          >
            {t("ui.settings.reset")}
          </Button>
          {dirty && (
            <Caption1 className={styles.unsaved} data-testid="settings-unsaved">
              {t("ui.settings.unsaved")}
            </Caption1>
          )}
        </div>
      </div>
    </section>
  );
}
