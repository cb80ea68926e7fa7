import { describe, expect, it } from "vitest";
import { COUNTY_SPEECH, COUNTY_SPEECH_BLOCKS } from "../../lib/testing/county-speech-lines";
import { textsOf } from "../../lib/testing/mined-page";

// A self-media poster's musing under her name after the speech's closing (阿青碎碎念：…): hers, not the speaker's.

describe("a poster's musing after the speech", () => {
  it("removes the musing under the poster's name after the closing", () => {
    const texts = textsOf([...COUNTY_SPEECH, "阿青碎碎念：这篇讲话三个小标题都很短，开会前拿来改一改就能用～"]);
    expect(texts).toEqual(COUNTY_SPEECH_BLOCKS);
  });

  it("keeps a speaker's own 碎碎念 inside the speech", () => {
    const own = "有的同志说我开会总是碎碎念：隐患要查、责任要压。我说，安全的事就得天天讲、反复讲。";
    const texts = textsOf([...COUNTY_SPEECH.slice(0, -1), own, COUNTY_SPEECH.at(-1)!]);
    expect(texts).toContain(own);
  });
});
