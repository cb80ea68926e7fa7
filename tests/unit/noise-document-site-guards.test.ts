import { describe, expect, it } from "vitest";
import { countySpeechWith } from "@/lib/testing/county-speech-lines";
import { textsOf } from "@/lib/testing/mined-page";

// A speech's own lines in the shapes of a 文库 page's chrome: a host's 为您推荐 over sentences, a count of an
// article's comments it quotes, a system's log or a schedule it reads out, a host's closing pointer to a column, a
// revision mark it describes. Written for these tests.
const bare = (lines: string[]) => lines.map((l) => l.replace(/\s+/g, ""));
const keeps = (...own: string[]) =>
  expect(bare(textsOf(countySpeechWith(...own)))).toEqual(expect.arrayContaining(bare(own)));

describe("a speech's lines shaped like a document site's chrome", () => {
  it("keeps a host's 为您推荐 and the sentences under it", () => {
    keeps("为您推荐：", "临江老街，百年商埠，欢迎大家周末去逛一逛。", "白鹭滩湿地，四季有景，春天最宜踏青。");
  });

  it("keeps a quoted 文章评论（N） and the speech after it", () => {
    keeps("文章评论（2）", "这是县政府网站上一篇政策解读下面的留言数，只有两条，说明宣传还不到位。");
  });

  it("keeps a log and a schedule the speech reads out under its colon", () => {
    // (The first line under the colon may go to the general model as a line with no sentence's end: not this rule's.)
    const log = [
      "系统日志记下了他的操作：",
      "县商务局 赵某某 2023-05-06 22:10 下载",
      "县商务局 赵某某 2023-05-06 22:14 打印",
    ];
    expect(bare(textsOf(countySpeechWith(...log)))).toContain(bare(log)[2]);
    const plan = [
      "请各单位注意以下安排：",
      "县教育局 办公室 2025-03-02 09:00 下载",
      "各乡镇 中心校 2025-03-03 17:00 打印",
    ];
    expect(bare(textsOf(countySpeechWith(...plan)))).toContain(bare(plan)[2]);
  });

  it("keeps a host's closing pointer to a column of materials", () => {
    keeps("更多资料，请访问县政府门户网站“政策解读”专栏。");
  });

  it("keeps a revision mark the speech describes", () => {
    keeps("修改稿里，删去的条款都用〔删除：原条文〕的格式标出来，新增的都用〔新增：条文〕标出来。");
  });
});
