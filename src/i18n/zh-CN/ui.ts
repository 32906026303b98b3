import type { UiMessages } from "../en/ui";

export const uiZh: UiMessages = {
  "ui.appTitle": "Orgwright 组织设计",
};
