import { describe, expect, it } from "vitest";
import { htmlToText } from "./decode-html";
import { hiddenByAttributes, isHiddenElement } from "./hidden-elements";

const attrs = (a: Record<string, string>) => (name: string) => a[name];

describe("hiddenByAttributes", () => {
  it("sees the hidden attribute, display:none and visibility:hidden", () => {
    expect(hiddenByAttributes(attrs({ hidden: "" }))).toBe(true);
    expect(hiddenByAttributes(attrs({ hidden: "hidden" }))).toBe(true);
    expect(hiddenByAttributes(attrs({ style: "color:red; DISPLAY : none" }))).toBe(true);
    expect(hiddenByAttributes(attrs({ style: "visibility: hidden" }))).toBe(true);
  });

  it("leaves shown elements, aria-hidden and other styles alone", () => {
    expect(hiddenByAttributes(attrs({}))).toBe(false);
    expect(hiddenByAttributes(attrs({ style: "display:inline-block;visibility:visible" }))).toBe(false);
    expect(hiddenByAttributes(attrs({ "aria-hidden": "true" }))).toBe(false);
    // A DOM element's getAttribute gives null for an absent attribute.
    expect(hiddenByAttributes(() => null)).toBe(false);
  });
});

describe("isHiddenElement", () => {
  const none = attrs({ style: "display:none" });

  it("in a page's source, hides inline elements only (a hidden block may be shown by a script)", () => {
    expect(isHiddenElement("span", none, "page-source")).toBe(true);
    expect(isHiddenElement("font", attrs({ hidden: "" }), "page-source")).toBe(true);
    expect(isHiddenElement("div", none, "page-source")).toBe(false);
    expect(isHiddenElement("p", none, "page-source")).toBe(false);
  });

  it("on the clipboard, hides any element, whatever the case of its tag name", () => {
    expect(isHiddenElement("SPAN", none, "clipboard")).toBe(true);
    expect(isHiddenElement("DIV", none, "clipboard")).toBe(true);
    expect(isHiddenElement("P", attrs({ hidden: "" }), "clipboard")).toBe(true);
    expect(isHiddenElement("SPAN", attrs({ style: "font-weight:bold" }), "clipboard")).toBe(false);
  });

  it("is the test the miner's HTML decoding applies", () => {
    const html =
      '<p>各乡镇<span style="display:none">某某网</span>要压实<b hidden>水印</b>属地责任。</p>' +
      '<div style="display:none"><p>公众号正文，脚本显示后可见。</p></div>';
    expect(htmlToText(html).split("\n")).toEqual(["各乡镇要压实属地责任。", "", "公众号正文，脚本显示后可见。"]);
  });
});
