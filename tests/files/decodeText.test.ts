import { decodeText } from "../../src/files/decodeText";

const utf8 = (text: string) => new TextEncoder().encode(text);
const hex = (text: string) => Uint8Array.from(text.trim().split(/\s+/), (byte) => parseInt(byte, 16));

describe("decodeText(bytes)", () => {
  it("reads UTF-8 and drops its byte-order mark", () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("岗位编号,部门")]))).toBe("岗位编号,部门");
    expect(decodeText(utf8("Position ID,部门"))).toBe("Position ID,部门");
  });

  it("reads GB18030/GBK bytes (Chinese Excel's CSV) when they are not valid UTF-8", () => {
    // "部门,岗位编号" in GBK.
    expect(decodeText(hex("B2 BF C3 C5 2C B8 DA CE BB B1 E0 BA C5"))).toBe("部门,岗位编号");
  });

  it("reads UTF-16LE with a byte-order mark (Excel's Unicode text)", () => {
    const text = "ID\t部门\r\n";
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      bytes[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    expect(decodeText(bytes)).toBe(text);
  });

  it("reads an empty file as empty text", () => {
    expect(decodeText(new Uint8Array())).toBe("");
  });
});
