import { describe, expect, it } from "vitest";
import {
  COUNTY_SITUATION,
  COUNTY_SPEECH,
  COUNTY_SPEECH_BLOCKS,
  COUNTY_SPEECH_HEAD,
  COUNTY_SPEECH_REST,
} from "../testing/county-speech-lines";
import { textsOf } from "../testing/mined-page";

// Pages written for these tests in the shape of a mail forwarding a draft, wrapped at its width: the client's
// confidentiality notice at its foot runs over lines the notice's own words do not mark.

const HEADERS = [
  "发件人: 李明 <liming@example.com>",
  "发送时间: 2025年6月2日 上午10:05",
  "收件人: 张华",
  "主题: 讲话稿",
];

describe("a mail footer wrapped over lines", () => {
  it("drops the lines its sentence runs on to", () => {
    const page = [
      ...HEADERS,
      "",
      ...COUNTY_SPEECH,
      "",
      "【免责声明】本邮件及其附件可能含有保密信息，仅供",
      "指定收件人使用。如非本人收到，请告知发件人后立即销毁，不得复制",
      "或转发。",
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("leaves the speech under a notice complete on its line", () => {
    const page = [...HEADERS, "", "本邮件及附件含有保密信息，请勿外传", ...COUNTY_SPEECH];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("leaves a speech's heading and paragraph under a notice with no stop", () => {
    const page = [
      ...HEADERS,
      "",
      "此邮件仅限内部传阅，请勿外传",
      ...COUNTY_SPEECH_HEAD.slice(3),
      ...COUNTY_SPEECH_REST,
    ];
    expect(textsOf(page)).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("leaves a speech's first paragraph under it", () => {
    const page = [...HEADERS, "", "此邮件仅限内部传阅，请勿外传", COUNTY_SITUATION, ...COUNTY_SPEECH_REST];
    expect(textsOf(page)).toEqual([COUNTY_SITUATION, ...COUNTY_SPEECH_REST]);
  });
});
