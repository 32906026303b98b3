import { Badge, type BadgeProps } from "@fluentui/react-components";
import { formatNumber } from "../formatNumber";
import { usePaneLanguage } from "../translateContext";

export interface CountBadgeProps {
  count: number;
  color: BadgeProps["color"];
}

/** A count in a small round badge, written for the pane's language ("12,345"; Fluent's CounterBadge writes digits). */
export function CountBadge({ count, color }: CountBadgeProps) {
  const { lang } = usePaneLanguage();
  return (
    <Badge size="small" shape="circular" appearance="filled" color={color} data-count={count}>
      {formatNumber(lang, count)}
    </Badge>
  );
}
