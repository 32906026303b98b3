import { fileDelivery } from "../../src/excel/officePlatform";

const PlatformType = { PC: "PC", Mac: "Mac", OfficeOnline: "OfficeOnline", iOS: "iOS" };

describe("fileDelivery", () => {
  afterEach(() => {
    delete (globalThis as { Office?: unknown }).Office;
  });

  const withPlatform = (platform: string) => {
    (globalThis as { Office?: unknown }).Office = { context: { platform }, PlatformType };
  };

  test("downloads outside Office and in Excel on the web", () => {
    expect(fileDelivery()).toBe("download");
    withPlatform("OfficeOnline");
    expect(fileDelivery()).toBe("download");
  });

  test("desktop Excel on Windows and Mac cannot take a download from the pane", () => {
    withPlatform("PC");
    expect(fileDelivery()).toBe("desktopExcel");
    withPlatform("Mac");
    expect(fileDelivery()).toBe("desktopExcel");
  });

  test("Excel on the iPad (WKWebView, like the Mac's) cannot either; a platform Office does not name is a browser", () => {
    withPlatform("iOS");
    expect(fileDelivery()).toBe("desktopExcel");
    (globalThis as { Office?: unknown }).Office = { context: {}, PlatformType };
    expect(fileDelivery()).toBe("download");
  });
});
