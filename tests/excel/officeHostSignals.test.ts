import { mayBeInsideOffice, officeHostReason, type OfficeHostSignals } from "../../src/excel/officeHostSignals";

const plainTab: OfficeHostSignals = {
  search: "",
  windowName: "",
  sessionHostInfo: null,
  inFrame: false,
  hasWebView2: false,
  hasWebKitMessageHandlers: false,
  hasExternalHostInfo: false,
};

function signals(overrides: Partial<OfficeHostSignals>): OfficeHostSignals {
  return { ...plainTab, ...overrides };
}

describe("officeHostReason(signals)", () => {
  it("says a plain browser tab is not Office", () => {
    expect(officeHostReason(plainTab)).toBeUndefined();
    expect(mayBeInsideOffice(plainTab)).toBe(false);
    expect(mayBeInsideOffice(signals({ search: "?lang=zh-CN", windowName: "some-tab" }))).toBe(false);
  });

  it("recognises the _host_Info query parameter Office adds to the pane's URL", () => {
    expect(officeHostReason(signals({ search: "?_host_Info=Excel$Win32$16.01$en-US$$$$0" }))).toBe("hostInfoQuery");
  });

  it("recognises host info in window.name only when it is JSON with a hostInfo string", () => {
    expect(officeHostReason(signals({ windowName: JSON.stringify({ hostInfo: "Excel|Web|16.00|en-US" }) }))).toBe(
      "hostInfoWindowName",
    );
    expect(officeHostReason(signals({ windowName: "hostInfo but not JSON" }))).toBeUndefined();
    expect(officeHostReason(signals({ windowName: JSON.stringify({ hostInfo: 3 }) }))).toBeUndefined();
  });

  it("recognises host info office.js saved in sessionStorage", () => {
    expect(officeHostReason(signals({ sessionHostInfo: "Excel$Web$16.00$zh-CN" }))).toBe("hostInfoSession");
  });

  it("recognises the webviews Office uses on Windows and Mac, the old Windows hosts and frames", () => {
    expect(officeHostReason(signals({ hasWebView2: true }))).toBe("webView2");
    expect(officeHostReason(signals({ hasWebKitMessageHandlers: true }))).toBe("webKit");
    expect(officeHostReason(signals({ hasExternalHostInfo: true }))).toBe("externalHostInfo");
    expect(officeHostReason(signals({ inFrame: true }))).toBe("frame");
  });

  it("lets ?office=1 force loading and ?office=0 forbid it", () => {
    expect(officeHostReason(signals({ search: "?office=1" }))).toBe("override");
    expect(officeHostReason(signals({ search: "?office=0", inFrame: true, hasWebView2: true }))).toBeUndefined();
  });
});
