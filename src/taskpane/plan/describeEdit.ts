import type { ScenarioEdit } from "../../core/scenario/scenarioEdit";
import type { Translate } from "../../i18n";

/** An edit in words, for the Undo and Redo buttons' labels ("move OC-014", "mark OC-020 vacant"). */
export function describeEdit(t: Translate, edit: ScenarioEdit): string {
  switch (edit.kind) {
    case "move":
      return t("ui.plan.edit.move", { id: edit.id });
    case "add":
      return edit.manager === "" ? t("ui.plan.edit.addTop") : t("ui.plan.edit.add", { id: edit.manager });
    case "remove":
      return t("ui.plan.edit.remove", { id: edit.id });
    case "setStatus":
      return t("ui.plan.edit.setStatus", { id: edit.id, status: t(`ui.plan.status.${edit.status}`) });
    case "setFte":
      return t("ui.plan.edit.setFte", { id: edit.id });
    case "setSalary":
      return t("ui.plan.edit.setSalary", { id: edit.id });
  }
}
