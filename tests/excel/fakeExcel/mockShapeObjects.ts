/** The mock shapes of the fake workbook (`worksheet.shapes`, ExcelApi 1.9), counted as the request operations they are. */
import { FakeShapes } from "./fakeShapes";
import { FakeExcelError } from "./fakeWorkbook";
import { MockMachinery, type Mock } from "./mockMachinery";

export abstract class MockShapeObjects extends MockMachinery {
  /** `worksheet.shapes` (ExcelApi 1.9). */
  protected shapeCollection(sheetId: string): Mock {
    const drawing = this.book.drawing;
    const made = (operation: () => { id: string }) => {
      const shape = this.attempt(operation);
      return shape ? this.shape(shape.id) : this.failed(this.batchError!);
    };
    return this.object({
      counted: true,
      items: () => drawing.onSheet(sheetId).map((shape) => this.shape(shape.id)),
      methods: {
        addGeometricShape: (type: unknown) => made(() => drawing.addGeometricShape(sheetId, type)),
        addLine: (x1: number, y1: number, x2: number, y2: number, type?: unknown) =>
          made(() => drawing.addLine(sheetId, x1, y1, x2, y2, type)),
        addImage: (base64: unknown) => made(() => drawing.addImage(sheetId, base64)),
        getItem: (key: string) => {
          const found = drawing.onSheet(sheetId).find((shape) => shape.id === key || shape.name === key);
          return found
            ? this.shape(found.id)
            : this.failed(new FakeExcelError("ItemNotFound", "The requested resource doesn't exist."));
        },
      },
    });
  }

  protected readonly shapeIds = new WeakMap<object, string>();

  protected shape(id: string): Mock {
    const drawing = this.book.drawing;
    const shape = () => drawing.byId(id);
    const set =
      <K extends keyof ReturnType<typeof shape>>(key: K, check: (value: unknown) => ReturnType<typeof shape>[K]) =>
      (value: unknown) => {
        shape()[key] = check(value);
      };
    const number = (value: unknown) => {
      if (typeof value !== "number" || !Number.isFinite(value))
        throw new FakeExcelError("InvalidArgument", "Not a number");
      return value;
    };
    const text = (value: unknown) => String(value);
    const font = (start: number, length: number | undefined) =>
      this.object({
        counted: true,
        read: { name: () => shape().fontName, size: () => shape().fontSize, color: () => shape().fontColor },
        write: {
          name: set("fontName", text),
          size: set("fontSize", number),
          color: set("fontColor", FakeShapes.checkColour),
          bold: (value) => {
            if (value === true) shape().bold.push([start, length ?? shape().text.length - start]);
          },
        },
      });
    const textRange = (start: number, length?: number) =>
      this.object({
        counted: true,
        read: { text: () => shape().text.slice(start, length === undefined ? undefined : start + length) },
        write: length === undefined ? { text: set("text", text) } : {},
        methods: {
          getSubstring: (from: number, count?: number) => {
            const whole = shape().text.length;
            if (!Number.isInteger(from) || from < 0 || from > whole)
              throw new FakeExcelError("InvalidArgument", "The start is outside the text");
            return textRange(start + from, count ?? whole - from);
          },
        },
        navigation: { font: () => font(start, length) },
      });
    const mock = this.object({
      counted: true,
      read: {
        id: () => shape().id,
        name: () => shape().name,
        type: () => shape().type,
        left: () => shape().left,
        top: () => shape().top,
        width: () => shape().width,
        height: () => shape().height,
        altTextDescription: () => shape().altTextDescription,
        geometricShapeType: () => shape().geometricShapeType,
        connectionSiteCount: () => FakeShapes.connectionSiteCount(shape()),
      },
      write: {
        name: set("name", text),
        altTextDescription: set("altTextDescription", text),
        left: set("left", number),
        top: set("top", number),
        width: set("width", number),
        height: set("height", number),
      },
      methods: { delete: () => this.attempt(() => drawing.delete(id)) },
      navigation: {
        fill: () =>
          this.object({
            counted: true,
            read: { foregroundColor: () => shape().fill },
            methods: {
              setSolidColor: (colour: unknown) =>
                this.attempt(() => {
                  shape().fill = FakeShapes.checkColour(colour);
                }),
            },
          }),
        lineFormat: () =>
          this.object({
            counted: true,
            read: {
              color: () => shape().lineColor,
              weight: () => shape().lineWeight,
              dashStyle: () => shape().dashStyle,
              visible: () => shape().lineVisible ?? true,
            },
            write: {
              visible: (value) => {
                if (typeof value !== "boolean") throw new FakeExcelError("InvalidArgument", "Not a boolean");
                shape().lineVisible = value;
              },
              color: set("lineColor", FakeShapes.checkColour),
              weight: set("lineWeight", number),
              dashStyle: set("dashStyle", FakeShapes.checkDash),
            },
          }),
        textFrame: () => {
          const margin = (side: "left" | "right" | "top" | "bottom") => (value: unknown) => {
            shape().margins = { ...shape().margins, [side]: number(value) };
          };
          return this.object({
            counted: true,
            read: {
              hasText: () => shape().text !== "",
              horizontalAlignment: () => shape().horizontalAlignment ?? "Left",
              verticalAlignment: () => shape().verticalAlignment ?? "Top",
            },
            write: {
              leftMargin: margin("left"),
              rightMargin: margin("right"),
              topMargin: margin("top"),
              bottomMargin: margin("bottom"),
              horizontalAlignment: set("horizontalAlignment", FakeShapes.checkHorizontalAlignment),
              verticalAlignment: set("verticalAlignment", FakeShapes.checkVerticalAlignment),
            },
            navigation: { textRange: () => textRange(0) },
          });
        },
        line: () =>
          this.object({
            counted: true,
            read: {
              connectorType: () => shape().connectorType,
              beginConnectedSite: () => shape().begin?.site ?? null,
              endConnectedSite: () => shape().end?.site ?? null,
            },
            methods: {
              connectBeginShape: (target: object, site: unknown) =>
                this.attempt(() => drawing.connect(id, "begin", this.shapeIds.get(target), site)),
              connectEndShape: (target: object, site: unknown) =>
                this.attempt(() => drawing.connect(id, "end", this.shapeIds.get(target), site)),
            },
          }),
      },
    });
    this.shapeIds.set(mock, id);
    return mock;
  }
}
