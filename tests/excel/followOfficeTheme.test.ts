import { followOfficeTheme, type OfficeThemeHost, type PaneWindow } from "../../src/excel/followOfficeTheme";
import { readOfficeTheme } from "../../src/excel/officeTheme";

const WHITE = {
  bodyBackgroundColor: "#FFFFFF",
  bodyForegroundColor: "#262626",
  controlBackgroundColor: "#FFFFFF",
  controlForegroundColor: "#262626",
};
const BLACK = {
  bodyBackgroundColor: "#262626",
  bodyForegroundColor: "#FFFFFF",
  controlBackgroundColor: "#404040",
  controlForegroundColor: "#FFFFFF",
};

/** A pane window whose focus and visibility the test drives. */
function fakePane() {
  const target = new EventTarget();
  const documentTarget = new EventTarget();
  const pane = {
    addEventListener: (type: string, listener: () => void) => target.addEventListener(type, listener),
    removeEventListener: (type: string, listener: () => void) => target.removeEventListener(type, listener),
    document: {
      visibilityState: "visible",
      addEventListener: (type: string, listener: () => void) => documentTarget.addEventListener(type, listener),
      removeEventListener: (type: string, listener: () => void) => documentTarget.removeEventListener(type, listener),
    },
  };
  return {
    pane: pane as PaneWindow,
    focus: () => target.dispatchEvent(new Event("focus")),
    show: (state: "visible" | "hidden") => {
      pane.document.visibilityState = state;
      documentTarget.dispatchEvent(new Event("visibilitychange"));
    },
  };
}

/** Office.context as Excel gives it: officeTheme a snapshot, and no theme event (addHandlerAsync fails the call). */
function excelOffice(theme: object) {
  const added: string[] = [];
  const office = {
    context: {
      officeTheme: theme,
      document: {
        addHandlerAsync: (type: string, _handler: unknown, callback?: (result: unknown) => void) => {
          added.push(type);
          callback?.({ status: "failed", error: { message: "Event type not supported" } });
        },
      },
    },
    EventType: { OfficeThemeChanged: "officeThemeChanged" },
  };
  return { office, added };
}

describe("followOfficeTheme(): the pane follows Office's theme after it started", () => {
  it("reads the theme again when the pane regains focus, and says only when it changed", () => {
    const { office, added } = excelOffice(WHITE);
    const { pane, focus } = fakePane();
    const seen: unknown[] = [];
    const stop = followOfficeTheme(readOfficeTheme(WHITE), (theme) => seen.push(theme), office, pane);
    expect(added).toEqual(["officeThemeChanged"]); // asked for, refused by Excel: focus still follows

    focus();
    expect(seen).toEqual([]); // the same theme: nothing to redraw
    office.context.officeTheme = BLACK; // the user chose Black in Excel's options
    focus();
    expect(seen).toEqual([readOfficeTheme(BLACK)]);
    focus();
    expect(seen).toHaveLength(1);

    stop();
    office.context.officeTheme = WHITE;
    focus();
    expect(seen).toHaveLength(1);
  });

  it("reads it again when the pane becomes visible (not when it is hidden)", () => {
    const { office } = excelOffice(WHITE);
    const { pane, show } = fakePane();
    const seen: unknown[] = [];
    followOfficeTheme(readOfficeTheme(WHITE), (theme) => seen.push(theme), office, pane);
    office.context.officeTheme = BLACK;
    show("hidden");
    expect(seen).toEqual([]);
    show("visible");
    expect(seen).toEqual([readOfficeTheme(BLACK)]);
  });

  it("follows the host's OfficeThemeChanged event where the host raises it, and removes the handler after", () => {
    let handler: ((event: unknown) => void) | undefined;
    const removed: string[] = [];
    const office: OfficeThemeHost = {
      context: {
        officeTheme: WHITE,
        document: {
          addHandlerAsync: (_type, h, callback) => {
            handler = h;
            callback?.({ status: "succeeded" });
          },
          removeHandlerAsync: (type) => removed.push(type),
        },
      },
      EventType: { OfficeThemeChanged: "officeThemeChanged" },
    };
    const seen: unknown[] = [];
    const stop = followOfficeTheme(readOfficeTheme(WHITE), (theme) => seen.push(theme), office, fakePane().pane);
    handler!({ type: "officeThemeChanged", officeTheme: BLACK });
    expect(seen).toEqual([readOfficeTheme(BLACK)]);
    stop();
    expect(removed).toEqual(["officeThemeChanged"]);
  });

  it("keeps the theme it has when Office stops answering or throws, and never throws itself", () => {
    const office: OfficeThemeHost = {
      context: {
        get officeTheme(): unknown {
          throw new Error("the context is gone");
        },
        document: {
          addHandlerAsync: () => {
            throw new Error("not in this host");
          },
        },
      },
    };
    const { pane, focus } = fakePane();
    const seen: unknown[] = [];
    expect(() => followOfficeTheme(readOfficeTheme(WHITE), (theme) => seen.push(theme), office, pane)).not.toThrow();
    expect(() => focus()).not.toThrow();
    const { office: silent } = excelOffice(WHITE);
    followOfficeTheme(readOfficeTheme(WHITE), (theme) => seen.push(theme), silent, pane);
    silent.context.officeTheme = { bodyBackgroundColor: "not a colour" };
    focus();
    expect(seen).toEqual([]);
  });
});
