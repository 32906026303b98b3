import { Menu, MenuButton, MenuItem, MenuList, MenuPopover, MenuTrigger, Tooltip } from "@fluentui/react-components";
import { ArrowDownload20Regular } from "@fluentui/react-icons";
import type { PaneExportFormat } from "../../../chart/export/browserExport";
import { usePaneLanguage } from "../../translateContext";

const FORMATS: ReadonlyArray<[PaneExportFormat, "export.svg" | "export.png" | "export.pptx"]> = [
  ["svg", "export.svg"],
  ["png", "export.png"],
  ["pptx", "export.pptx"],
];

/** The chart toolbar's Export menu: the chart as shown, as an SVG or PNG picture or a PowerPoint slide. */
export function ExportMenu({
  onExport,
  busy,
  className,
}: {
  onExport: (format: PaneExportFormat) => void;
  busy: boolean;
  className?: string;
}) {
  const { t } = usePaneLanguage();
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <Tooltip content={t("export.menu")} relationship="label">
          <MenuButton
            appearance="subtle"
            size="small"
            icon={<ArrowDownload20Regular />}
            disabled={busy}
            className={className}
            data-testid="chart-export"
          />
        </Tooltip>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          {FORMATS.map(([format, label]) => (
            <MenuItem key={format} onClick={() => onExport(format)} data-export-format={format}>
              {t(label)}
            </MenuItem>
          ))}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
