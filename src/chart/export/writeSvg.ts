import { cardBandPath, WARNING_BANG_PATH, WARNING_TRIANGLE_PATH } from "../cardLayout";
import { cardPaint, type ChartTheme } from "../chartTheme";
import type { ChartEdge } from "../chartEdges";
import type { TextStyle } from "../textMeasure";
import { cardOutline, type DrawnCard, type DrawnText, type ExportDrawing } from "./exportDrawing";
import { num, xmlText } from "./xmlText";

function fontAttributes(style: TextStyle): string {
  return (
    ` font-size="${style.size}"` +
    (style.bold ? ` font-weight="600"` : "") +
    (style.italic ? ` font-style="italic"` : "")
  );
}

function textElement(text: DrawnText, fill: string, dx = 0, dy = 0): string {
  return `<text x="${num(text.x + dx)}" y="${num(text.y + dy)}" fill="${fill}"${fontAttributes(text.style)}>${xmlText(text.text)}</text>`;
}

function pointsPath(points: readonly number[]): string {
  let d = `M${num(points[0])} ${num(points[1])}`;
  for (let i = 2; i < points.length; i += 2) d += `L${num(points[i])} ${num(points[i + 1])}`;
  return d;
}

/** A plan's change mark: the kind's text ("+", "→", "Δ", "×") on a disc of its colour. */
function changeMarkSvg(text: string, cx: number, cy: number, r: number, colour: string, theme: ChartTheme): string {
  return (
    `<circle cx="${num(cx)}" cy="${num(cy)}" r="${r}" fill="${colour}"/>` +
    `<text x="${num(cx)}" y="${num(cy + 4)}" text-anchor="middle" fill="${theme.changes.markText}" font-size="12" font-weight="600">${xmlText(text)}</text>`
  );
}

function cardSvg(drawn: DrawnCard, theme: ChartTheme, width: number, height: number): string {
  const { content, layout } = drawn;
  const paint = cardPaint(theme, content.kind);
  const parts: string[] = [];
  const dash = paint.dash.length > 0 ? ` stroke-dasharray="${paint.dash.join(" ")}"` : "";
  const outline = cardOutline(theme, content, paint);
  parts.push(
    `<rect width="${width}" height="${height}" rx="${theme.corner}" fill="${paint.fill}" stroke="${outline.stroke}" stroke-width="${outline.width}"${dash}/>`,
  );
  if (content.kind !== "virtualTop") parts.push(`<path d="${cardBandPath(width)}" fill="${xmlText(content.colour)}"/>`);
  for (const line of layout.lines) {
    const fill = line.muted ? (content.kind === "virtualTop" ? paint.text : theme.mutedText) : paint.text;
    parts.push(textElement(line, fill));
  }
  for (const badge of layout.badges) {
    const badgeFill = content.kind === "virtualTop" ? "#ffffff" : theme.badgeFill;
    const opacity = content.kind === "virtualTop" ? ` fill-opacity="0.2"` : "";
    const text = content.kind === "virtualTop" ? theme.virtualTopText : theme.badgeText;
    parts.push(
      `<rect x="${num(badge.x)}" y="${num(badge.y)}" width="${num(badge.width)}" height="${badge.height}" rx="${badge.height / 2}" fill="${badgeFill}"${opacity}/>`,
      `<text x="${num(badge.textX)}" y="${num(badge.textY)}" fill="${text}" font-size="10">${xmlText(badge.text)}</text>`,
    );
  }
  if (layout.warning !== null)
    parts.push(
      `<g transform="translate(${num(layout.warning.x)},${num(layout.warning.y)})"><path d="${WARNING_TRIANGLE_PATH}" fill="${theme.warning}"/><path d="${WARNING_BANG_PATH}" fill="${theme.warningMark}"/></g>`,
    );
  if (layout.toggle !== null) {
    const t = layout.toggle;
    parts.push(
      `<rect x="${num(t.cx - t.width / 2)}" y="${num(t.cy - t.height / 2)}" width="${num(t.width)}" height="${t.height}" rx="${t.height / 2}" fill="${theme.cardFill}" stroke="${theme.connector}" stroke-width="1"/>`,
      `<text x="${num(t.cx)}" y="${num(t.cy + 3.5)}" text-anchor="middle" fill="${theme.badgeText}" font-size="10" font-weight="600">${xmlText(t.label)}</text>`,
    );
  }
  if (layout.change !== null)
    parts.push(
      changeMarkSvg(
        layout.change.text,
        layout.change.cx,
        layout.change.cy,
        layout.change.r,
        theme.changes[layout.change.kind],
        theme,
      ),
    );
  const opacity = paint.opacity < 1 ? ` opacity="${paint.opacity}"` : "";
  return `<g transform="translate(${num(drawn.x)},${num(drawn.y)})"${opacity}><title>${xmlText(content.label)}</title>${parts.join("")}</g>`;
}

function edgeSvg(edge: ChartEdge, theme: ChartTheme): string {
  return edge.kind === "dotted"
    ? `<path d="${pointsPath(edge.points)}" fill="none" stroke="${theme.dotted}" stroke-width="${theme.dottedWidth}" stroke-dasharray="${theme.dottedDash.join(" ")}"/>`
    : `<path d="${pointsPath(edge.points)}" fill="none" stroke="${theme.connector}" stroke-width="${theme.connectorWidth}"/>`;
}

/**
 * The drawing as a standalone SVG document: real `<text>` (cell text escaped, never markup), every style an attribute
 * (no classes, no `<style>`, no CSS variables: PowerPoint, Word and PDF converters drop them), a font list that covers
 * Chinese, no `foreignObject`, no script. Each card is a group with its screen-reader label as its `<title>`.
 */
export function writeSvg(drawing: ExportDrawing): string {
  const { theme } = drawing;
  const out: string[] = [];
  out.push(
    `<?xml version="1.0" encoding="UTF-8"?>\n`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${drawing.width}" height="${drawing.height}" viewBox="0 0 ${drawing.width} ${drawing.height}" xml:lang="${xmlText(drawing.lang)}" font-family="${xmlText(theme.fontFamily)}" role="img" aria-label="${xmlText(drawing.label)}">\n`,
    `<title>${xmlText(drawing.title.text)}</title>\n`,
    `<rect width="100%" height="100%" fill="${theme.background}"/>\n`,
    textElement(drawing.title, theme.text),
    textElement(drawing.subtitle, theme.mutedText),
    "\n<g>\n",
  );
  for (const edge of drawing.edges) out.push(edgeSvg(edge, theme), "\n");
  out.push("</g>\n<g>\n");
  for (const card of drawing.cards) out.push(cardSvg(card, theme, drawing.cardWidth, drawing.cardHeight), "\n");
  out.push("</g>\n");
  if (drawing.legendTitle !== null) {
    out.push("<g>", textElement(drawing.legendTitle, theme.text));
    for (const entry of drawing.legend)
      out.push(
        `<rect x="${num(entry.x)}" y="${num(entry.y)}" width="${entry.size}" height="${entry.size}" rx="2" fill="${xmlText(entry.colour)}"/>`,
        textElement(entry.label, theme.text),
      );
    out.push("</g>\n");
  }
  if (drawing.changeLegendTitle !== null) {
    out.push("<g>", textElement(drawing.changeLegendTitle, theme.text));
    for (const entry of drawing.changeLegend)
      out.push(
        changeMarkSvg(entry.mark, entry.cx, entry.cy, entry.r, entry.colour, theme),
        textElement(entry.label, theme.text),
      );
    out.push("</g>\n");
  }
  out.push("</svg>\n");
  return out.join("");
}
