import JSZip from "jszip";
import { cardPaint, type ChartTheme } from "../chartTheme";
import type { DrawnCard, ExportDrawing } from "./exportDrawing";
import { CONNECTION_SITE, connectorGeometry } from "./pptxConnector";
import {
  appProperties,
  contentTypes,
  coreProperties,
  presentation,
  presentationRels,
  PRES_PROPS,
  ROOT_RELS,
  SLIDE_HEIGHT_EMU,
  SLIDE_LAYOUT,
  SLIDE_LAYOUT_RELS,
  SLIDE_MASTER,
  SLIDE_MASTER_RELS,
  SLIDE_RELS,
  SLIDE_WIDTH_EMU,
  slideXml,
  TABLE_STYLES,
  theme as themeXml,
  VIEW_PROPS,
} from "./pptxPackage";
import { xmlText } from "./xmlText";

/** EMU per px at 96 dpi. */
const EMU_PER_PX = 9525;
/** Slide margins and the title's band (px of the 1280 × 720 slide). */
const SLIDE_MARGIN = 24;
const TITLE_BAND = 56;
/** Smallest text PowerPoint gets (hundredths of a point). */
const MIN_FONT = 600;

/** One slide: a drawing (its chart part is fitted to the slide) and the slide's title. */
export interface PptxSlide {
  drawing: ExportDrawing;
  title: string;
}

/** The scale at which a drawing's chart fits a slide (at most 1: never larger than on screen). */
export function slideScale(drawing: ExportDrawing): number {
  const width = SLIDE_WIDTH_EMU / EMU_PER_PX - 2 * SLIDE_MARGIN;
  const height = SLIDE_HEIGHT_EMU / EMU_PER_PX - TITLE_BAND - 2 * SLIDE_MARGIN;
  return Math.min(1, width / Math.max(1, drawing.chart.width), height / Math.max(1, drawing.chart.height));
}

const hex = (colour: string): string => (/^#[0-9a-f]{6}$/i.test(colour) ? colour.slice(1).toUpperCase() : "808080");

function runXml(
  text: string,
  size: number,
  colour: string,
  lang: string,
  theme: ChartTheme,
  bold = false,
  italic = false,
): string {
  const langAttributes = lang === "zh-CN" ? ` lang="zh-CN" altLang="en-US"` : ` lang="en-US" altLang="zh-CN"`;
  return (
    `<a:r><a:rPr${langAttributes} sz="${Math.max(MIN_FONT, Math.round(size))}"${bold ? ' b="1"' : ""}${italic ? ' i="1"' : ""} dirty="0">` +
    `<a:solidFill><a:srgbClr val="${hex(colour)}"/></a:solidFill>` +
    `<a:latin typeface="${xmlText(theme.latinFont)}"/><a:ea typeface="${xmlText(theme.eastAsianFont)}"/><a:cs typeface="${xmlText(theme.latinFont)}"/>` +
    `</a:rPr><a:t>${xmlText(text)}</a:t></a:r>`
  );
}

/** Font size in hundredths of a point for px text at a scale (1 px = 0.75 pt). */
const points = (px: number, scale: number): number => px * 0.75 * scale * 100;

function cardShape(
  id: number,
  card: DrawnCard,
  drawing: ExportDrawing,
  place: (x: number, y: number) => [number, number],
  scale: number,
): string {
  const { theme } = drawing;
  const { content, layout } = card;
  const paint = cardPaint(theme, content.kind);
  const [x, y] = place(card.x, card.y);
  const cx = Math.round(drawing.cardWidth * scale * EMU_PER_PX);
  const cy = Math.round(drawing.cardHeight * scale * EMU_PER_PX);
  // The department's colour outlines the card (a band of its own would not move with it).
  const outline =
    content.change !== undefined && content.kind !== "removed"
      ? theme.changes[content.change]
      : content.kind === "virtualTop" || content.kind === "removed"
        ? paint.stroke
        : content.colour;
  const dash = paint.dash.length > 0 ? `<a:prstDash val="${paint.dash[0] > 3 ? "dash" : "sysDot"}"/>` : "";
  const alpha = paint.opacity < 1 ? `<a:alpha val="${Math.round(paint.opacity * 100000)}"/>` : "";
  const paragraphs: string[] = [];
  for (const line of layout.lines) {
    const fill = line.muted && content.kind !== "virtualTop" ? theme.mutedText : paint.text;
    paragraphs.push(
      `<a:p>${runXml(line.text, points(line.style.size, scale), fill, drawing.lang, theme, line.style.bold, line.style.italic)}</a:p>`,
    );
  }
  const badges = layout.badges.map((badge) => badge.text);
  if (layout.toggle !== null) badges.push(layout.toggle.label);
  if (badges.length > 0)
    paragraphs.push(
      `<a:p>${runXml(badges.join("  ·  "), points(10, scale), content.kind === "virtualTop" ? paint.text : theme.badgeText, drawing.lang, theme)}</a:p>`,
    );
  const inset = Math.round(6 * scale * EMU_PER_PX);
  return (
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${xmlText(`Card ${id}: ${content.title}`)}" descr="${xmlText(content.label)}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>` +
    `<p:spPr><a:xfrm><a:off x="${x}" y="${y}"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm>` +
    `<a:prstGeom prst="roundRect"><a:avLst><a:gd name="adj" fmla="val 8000"/></a:avLst></a:prstGeom>` +
    `<a:solidFill><a:srgbClr val="${hex(paint.fill)}">${alpha}</a:srgbClr></a:solidFill>` +
    `<a:ln w="${Math.round(1.5 * 12700)}"><a:solidFill><a:srgbClr val="${hex(outline)}"/></a:solidFill>${dash}</a:ln></p:spPr>` +
    `<p:txBody><a:bodyPr wrap="square" lIns="${inset}" tIns="${inset}" rIns="${inset}" bIns="${inset}" anchor="t"><a:noAutofit/></a:bodyPr><a:lstStyle/>` +
    (paragraphs.length > 0 ? paragraphs.join("") : `<a:p><a:endParaRPr lang="en-US"/></a:p>`) +
    `</p:txBody></p:sp>`
  );
}

/** A plan's change mark on a card: a small disc of the kind's colour holding its text ("+", "→", "Δ", "×"). */
function changeMarkShape(
  id: number,
  card: DrawnCard,
  drawing: ExportDrawing,
  place: (x: number, y: number) => [number, number],
  scale: number,
): string {
  const mark = card.layout.change!;
  const { theme } = drawing;
  const [x, y] = place(card.x + mark.cx - mark.r, card.y + mark.cy - mark.r);
  const size = Math.round(2 * mark.r * scale * EMU_PER_PX);
  return (
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="Change mark ${id}: ${xmlText(mark.kind)}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>` +
    `<p:spPr><a:xfrm><a:off x="${x}" y="${y}"/><a:ext cx="${size}" cy="${size}"/></a:xfrm><a:prstGeom prst="ellipse"><a:avLst/></a:prstGeom>` +
    `<a:solidFill><a:srgbClr val="${hex(theme.changes[mark.kind])}"/></a:solidFill><a:ln><a:noFill/></a:ln></p:spPr>` +
    `<p:txBody><a:bodyPr wrap="none" lIns="0" tIns="0" rIns="0" bIns="0" anchor="ctr"><a:noAutofit/></a:bodyPr><a:lstStyle/>` +
    `<a:p><a:pPr algn="ctr"/>${runXml(mark.text, points(12, scale), theme.changes.markText, drawing.lang, theme, true)}</a:p></p:txBody></p:sp>`
  );
}

function titleShape(id: number, title: string, subtitle: string, drawing: ExportDrawing): string {
  const { theme } = drawing;
  const x = SLIDE_MARGIN * EMU_PER_PX;
  const width = SLIDE_WIDTH_EMU - 2 * x;
  return (
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="Title"/><p:cNvSpPr txBox="1"/><p:nvPr/></p:nvSpPr>` +
    `<p:spPr><a:xfrm><a:off x="${x}" y="${Math.round(12 * EMU_PER_PX)}"/><a:ext cx="${width}" cy="${TITLE_BAND * EMU_PER_PX}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></p:spPr>` +
    `<p:txBody><a:bodyPr wrap="square" lIns="0" tIns="0" rIns="0" bIns="0"><a:noAutofit/></a:bodyPr><a:lstStyle/>` +
    `<a:p>${runXml(title, 2000, theme.text, drawing.lang, theme, true)}</a:p>` +
    `<a:p>${runXml(subtitle, 1100, theme.mutedText, drawing.lang, theme)}</a:p></p:txBody></p:sp>`
  );
}

/**
 * One slide's shapes: its title, a rounded rectangle per card holding the card's text, and a connector per line,
 * glued to both cards' connection sites (`stCxn` on the upper card, `endCxn` on the lower), elbowed as on screen,
 * dotted lines dashed. Shape IDs: 2 the title, then cards from 3, then connectors.
 */
export function slideShapes(slide: PptxSlide): string {
  const { drawing } = slide;
  const scale = slideScale(drawing);
  const chartWidth = drawing.chart.width * scale;
  const left = (SLIDE_WIDTH_EMU / EMU_PER_PX - chartWidth) / 2;
  const top = TITLE_BAND + SLIDE_MARGIN;
  const place = (x: number, y: number): [number, number] => [
    Math.round((left + (x - drawing.chart.x) * scale) * EMU_PER_PX),
    Math.round((top + (y - drawing.chart.y) * scale) * EMU_PER_PX),
  ];
  // The chart of a plan: the change legend follows the date line.
  const changes = drawing.changeLegend.map((entry) => `${entry.mark} ${entry.label.text}`).join("  ·  ");
  const subtitle = changes === "" ? drawing.subtitle.text : `${drawing.subtitle.text}  ·  ${changes}`;
  const shapes: string[] = [titleShape(2, slide.title, subtitle, drawing)];
  const idOfCard = new Map<number, number>();
  let id = 3;
  for (const card of drawing.cards) {
    idOfCard.set(card.card, id);
    shapes.push(cardShape(id, card, drawing, place, scale));
    id++;
  }
  const { theme } = drawing;
  for (const edge of drawing.edges) {
    const from = idOfCard.get(edge.from);
    const to = idOfCard.get(edge.to);
    if (from === undefined || to === undefined) continue;
    const placed: number[] = [];
    for (let i = 0; i < edge.points.length; i += 2) {
      const [x, y] = place(edge.points[i], edge.points[i + 1]);
      placed.push(x, y);
    }
    const g = connectorGeometry(placed);
    const dotted = edge.kind === "dotted";
    const adjust = g.adjust.map((value, i) => `<a:gd name="adj${i + 1}" fmla="val ${value}"/>`).join("");
    const frame = `${g.rot !== 0 ? ` rot="${g.rot}"` : ""}${g.flipH ? ' flipH="1"' : ""}${g.flipV ? ' flipV="1"' : ""}`;
    shapes.push(
      `<p:cxnSp><p:nvCxnSpPr><p:cNvPr id="${id}" name="${dotted ? "Dotted line" : "Reporting line"} ${id}"/>` +
        `<p:cNvCxnSpPr><a:stCxn id="${from}" idx="${CONNECTION_SITE[edge.fromSide]}"/><a:endCxn id="${to}" idx="${CONNECTION_SITE[edge.toSide]}"/></p:cNvCxnSpPr><p:nvPr/></p:nvCxnSpPr>` +
        `<p:spPr><a:xfrm${frame}><a:off x="${Math.round(g.x)}" y="${Math.round(g.y)}"/><a:ext cx="${Math.round(g.width)}" cy="${Math.round(g.height)}"/></a:xfrm>` +
        `<a:prstGeom prst="${g.preset}"><a:avLst>${adjust}</a:avLst></a:prstGeom>` +
        `<a:ln w="${Math.round((dotted ? theme.dottedWidth : theme.connectorWidth) * 12700)}"><a:solidFill><a:srgbClr val="${hex(dotted ? theme.dotted : theme.connector)}"/></a:solidFill>${dotted ? '<a:prstDash val="dash"/>' : ""}</a:ln>` +
        `</p:spPr></p:cxnSp>`,
    );
    id++;
  }
  for (const card of drawing.cards)
    if (card.layout.change !== null) shapes.push(changeMarkShape(id++, card, drawing, place, scale));
  return shapes.join("");
}

/**
 * The slides as a PowerPoint file (.pptx, 16:9), written as PresentationML by hand (no library writes connectors
 * glued to shapes) and zipped with JSZip. Every card is an editable shape with its text; every line a connector
 * attached to both cards, so it follows a card moved in PowerPoint; every run names its East Asian font (`<a:ea>`)
 * and its language, so Chinese shows in PowerPoint for Mac, LibreOffice and Google Slides too.
 */
export async function writePptx(
  slides: readonly PptxSlide[],
  options: { title: string; date?: Date },
): Promise<Uint8Array> {
  const zip = new JSZip();
  const count = slides.length;
  const theme = slides[0]?.drawing.theme;
  const date = (options.date ?? new Date()).toISOString().replace(/\.\d{3}Z$/, "Z");
  zip.file("[Content_Types].xml", contentTypes(count));
  zip.file("_rels/.rels", ROOT_RELS);
  zip.file("docProps/core.xml", coreProperties(xmlText(options.title), date));
  zip.file("docProps/app.xml", appProperties(count));
  zip.file("ppt/presentation.xml", presentation(count));
  zip.file("ppt/_rels/presentation.xml.rels", presentationRels(count));
  zip.file("ppt/presProps.xml", PRES_PROPS);
  zip.file("ppt/viewProps.xml", VIEW_PROPS);
  zip.file("ppt/tableStyles.xml", TABLE_STYLES);
  zip.file("ppt/slideMasters/slideMaster1.xml", SLIDE_MASTER);
  zip.file("ppt/slideMasters/_rels/slideMaster1.xml.rels", SLIDE_MASTER_RELS);
  zip.file("ppt/slideLayouts/slideLayout1.xml", SLIDE_LAYOUT);
  zip.file("ppt/slideLayouts/_rels/slideLayout1.xml.rels", SLIDE_LAYOUT_RELS);
  zip.file(
    "ppt/theme/theme1.xml",
    themeXml(xmlText(theme?.latinFont ?? "Segoe UI"), xmlText(theme?.eastAsianFont ?? "Microsoft YaHei")),
  );
  slides.forEach((slide, i) => {
    zip.file(`ppt/slides/slide${i + 1}.xml`, slideXml(slideShapes(slide)));
    zip.file(`ppt/slides/_rels/slide${i + 1}.xml.rels`, SLIDE_RELS);
  });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
