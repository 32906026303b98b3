/**
 * Worksheet shapes (ExcelApi 1.9) in the fake workbook: `worksheet.shapes` (ShapeCollection: addGeometricShape,
 * addLine, addImage, items), Shape (left, top, width, height, name, altTextDescription, fill, lineFormat, textFrame,
 * line, delete; textFrame's margins and alignments, lineFormat.visible) and Line (connectBeginShape / connectEndShape with a connection site), as the Office.js reference
 * describes them. Checked as Excel checks them: a connection site is an integer from 0 to the shape's
 * connectionSiteCount (4 for a rectangle, rounded or not) exclusive; a line connects only to a shape on its sheet;
 * colours are "#RRGGBB" or a colour name.
 */
import { FakeExcelError } from "./fakeWorkbook";

export type FakeShapeType = "GeometricShape" | "Line" | "Image";

export interface FakeShape {
  id: string;
  sheetId: string;
  type: FakeShapeType;
  geometricShapeType?: string;
  connectorType?: string;
  name: string;
  altTextDescription: string;
  left: number;
  top: number;
  width: number;
  height: number;
  fill?: string;
  lineColor?: string;
  lineWeight?: number;
  dashStyle?: string;
  /** lineFormat.visible (undefined: never set, Excel's default outline shows). */
  lineVisible?: boolean;
  /** textFrame: the margins (pt) and the alignments, as set. */
  margins?: { left?: number; right?: number; top?: number; bottom?: number };
  horizontalAlignment?: string;
  verticalAlignment?: string;
  text: string;
  fontName?: string;
  fontSize?: number;
  fontColor?: string;
  /** Bold runs of the text: [start, length]. */
  bold: Array<[number, number]>;
  begin?: { shapeId: string; site: number };
  end?: { shapeId: string; site: number };
  /** addImage's base64. */
  image?: string;
}

const GEOMETRIC_TYPES = new Set(["Rectangle", "RoundRectangle", "Ellipse", "Diamond", "Triangle"]);
const CONNECTOR_TYPES = new Set(["Straight", "Elbow", "Curve"]);
const DASH_STYLES = new Set([
  "Dash",
  "DashDot",
  "DashDotDot",
  "LongDash",
  "LongDashDot",
  "RoundDot",
  "Solid",
  "SquareDot",
  "LongDashDotDot",
  "SystemDash",
  "SystemDot",
  "SystemDashDot",
]);

/** Excel.ShapeTextHorizontalAlignment and ShapeTextVerticalAlignment (ExcelApi 1.9). */
const HORIZONTAL_ALIGNMENTS = new Set([
  "Left",
  "Center",
  "Right",
  "Justify",
  "JustifyLow",
  "Distributed",
  "ThaiDistributed",
]);
const VERTICAL_ALIGNMENTS = new Set(["Top", "Middle", "Bottom", "Justified", "Distributed"]);

function invalid(message: string): FakeExcelError {
  return new FakeExcelError("InvalidArgument", message);
}

/** The shapes of every sheet, and the operations on them. */
export class FakeShapes {
  readonly shapes: FakeShape[] = [];
  private counter = 0;

  onSheet(sheetId: string): FakeShape[] {
    return this.shapes.filter((shape) => shape.sheetId === sheetId);
  }

  byId(id: string): FakeShape {
    const shape = this.shapes.find((candidate) => candidate.id === id);
    if (!shape) throw new FakeExcelError("ItemNotFound", "The requested resource doesn't exist.");
    return shape;
  }

  private add(sheetId: string, fields: Partial<FakeShape> & { type: FakeShapeType }): FakeShape {
    this.counter += 1;
    const shape: FakeShape = {
      id: `{SHAPE-${this.counter}}`,
      sheetId,
      name: `${fields.type} ${this.counter}`,
      altTextDescription: "",
      left: 0,
      top: 0,
      width: 72,
      height: 72,
      text: "",
      bold: [],
      ...fields,
    };
    this.shapes.push(shape);
    return shape;
  }

  addGeometricShape(sheetId: string, type: unknown): FakeShape {
    if (typeof type !== "string" || !GEOMETRIC_TYPES.has(type))
      throw invalid(`Unknown geometric shape type ${String(type)}`);
    return this.add(sheetId, { type: "GeometricShape", geometricShapeType: type });
  }

  addLine(
    sheetId: string,
    x1: number,
    y1: number,
    x2: number,
    y2: number,
    connectorType: unknown = "Straight",
  ): FakeShape {
    if (typeof connectorType !== "string" || !CONNECTOR_TYPES.has(connectorType))
      throw invalid(`Unknown connector type ${String(connectorType)}`);
    for (const value of [x1, y1, x2, y2]) if (!Number.isFinite(value)) throw invalid("A line's ends must be numbers");
    return this.add(sheetId, {
      type: "Line",
      connectorType,
      left: Math.min(x1, x2),
      top: Math.min(y1, y2),
      width: Math.abs(x2 - x1),
      height: Math.abs(y2 - y1),
    });
  }

  addImage(sheetId: string, base64: unknown): FakeShape {
    if (typeof base64 !== "string" || !/^[A-Za-z0-9+/]+=*$/.test(base64)) throw invalid("The image is not base64");
    const bytes = Buffer.from(base64, "base64");
    const png = bytes.subarray(1, 4).toString("latin1") === "PNG";
    const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8;
    if (!png && !jpeg) throw invalid("addImage takes a JPEG or PNG picture");
    return this.add(sheetId, { type: "Image", image: base64 });
  }

  delete(id: string): void {
    const index = this.shapes.findIndex((shape) => shape.id === id);
    if (index < 0) throw new FakeExcelError("ItemNotFound", "The requested resource doesn't exist.");
    this.shapes.splice(index, 1);
    // Lines glued to it come loose, as in Excel.
    for (const shape of this.shapes) {
      if (shape.begin?.shapeId === id) delete shape.begin;
      if (shape.end?.shapeId === id) delete shape.end;
    }
  }

  deleteSheet(sheetId: string): void {
    for (const shape of this.onSheet(sheetId)) this.delete(shape.id);
  }

  static connectionSiteCount(shape: FakeShape): number {
    return shape.type === "GeometricShape" ? 4 : 0;
  }

  connect(lineId: string, end: "begin" | "end", shapeId: unknown, site: unknown): void {
    const line = this.byId(lineId);
    if (line.type !== "Line") throw new FakeExcelError("InvalidOperation", "Only a line connects to shapes");
    if (typeof shapeId !== "string") throw invalid("connect…Shape takes a Shape");
    const target = this.byId(shapeId);
    if (target.sheetId !== line.sheetId) throw invalid("The shape is on another sheet");
    const count = FakeShapes.connectionSiteCount(target);
    if (typeof site !== "number" || !Number.isInteger(site) || site < 0 || site >= count)
      throw invalid(`The connection site must be an integer from 0 to ${count - 1}`);
    line[end] = { shapeId: target.id, site };
  }

  static checkColour(value: unknown): string {
    if (typeof value !== "string" || !(/^#[0-9a-f]{6}$/i.test(value) || /^[a-z]+$/i.test(value)))
      throw invalid(`Not a colour: ${String(value)}`);
    return value;
  }

  static checkHorizontalAlignment(value: unknown): string {
    if (typeof value !== "string" || !HORIZONTAL_ALIGNMENTS.has(value))
      throw invalid(`Not a horizontal alignment: ${String(value)}`);
    return value;
  }

  static checkVerticalAlignment(value: unknown): string {
    if (typeof value !== "string" || !VERTICAL_ALIGNMENTS.has(value))
      throw invalid(`Not a vertical alignment: ${String(value)}`);
    return value;
  }

  static checkDash(value: unknown): string {
    if (typeof value !== "string" || !DASH_STYLES.has(value)) throw invalid(`Not a dash style: ${String(value)}`);
    return value;
  }
}
