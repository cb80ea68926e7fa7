import { describe, expect, it } from "vitest";
import { COUNTY_SPEECH } from "../../lib/testing/county-speech-lines";
import { textsOf } from "../../lib/testing/mined-page";

// A speaker muses after his closing too (临了我再碎碎念： / 两点碎碎念), in his own words over what he says next: that is
// no poster's musing under her name, and what follows it is still the speech.

const ORDER = "假期里各单位带班领导要在岗在位，手机保持畅通，遇到险情第一时间报告。";
const THANKS = "谢谢大家！";

describe("a speaker's musing after his closing", () => {
  it("keeps 临了我再碎碎念： and the words under it", () => {
    const texts = textsOf([...COUNTY_SPEECH, "临了我再碎碎念：", ORDER, THANKS]);
    expect(texts.join("")).toContain(ORDER);
    expect(texts.join("")).toContain(THANKS);
  });

  it("keeps a bare 两点碎碎念 label and its points", () => {
    const points = "第一，假期值班不能断档。第二，巡查记录要当天上报。";
    const texts = textsOf([...COUNTY_SPEECH, "两点碎碎念", points, THANKS]);
    expect(texts.join("")).toContain(points);
    expect(texts.join("")).toContain(THANKS);
  });
});
