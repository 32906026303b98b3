import {
  Button,
  Menu,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
  type MenuProps,
} from "@fluentui/react-components";
import { LocalLanguage20Regular } from "@fluentui/react-icons";
import { LANGS, translate, type Lang } from "../../i18n";
import { usePaneLanguage } from "../translateContext";

/**
 * The pane's language (English, 简体中文), each named in itself. Switching shows the org already loaded in the other
 * language: nothing is read or analysed again (see docs/ARCHITECTURE.md, "Language").
 */
export function LanguageSwitch() {
  const { lang, t, switchLang } = usePaneLanguage();
  if (!switchLang) return null;
  const onChange: MenuProps["onCheckedValueChange"] = (_event, data) => {
    const chosen = data.checkedItems[0] as Lang | undefined;
    if (chosen && chosen !== lang) switchLang(chosen);
  };
  return (
    <Menu checkedValues={{ lang: [lang] }} onCheckedValueChange={onChange}>
      <MenuTrigger disableButtonEnhancement>
        <Button
          size="small"
          appearance="subtle"
          icon={<LocalLanguage20Regular />}
          aria-label={`${t("ui.lang.label")}: ${t("ui.lang.name")}`}
          data-testid="language-switch"
        >
          {t("ui.lang.name")}
        </Button>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {LANGS.map((option) => (
            <MenuItemRadio key={option} name="lang" value={option} lang={option}>
              {translate(option, "ui.lang.name")}
            </MenuItemRadio>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
