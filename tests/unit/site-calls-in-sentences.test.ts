import { describe, expect, it } from "vitest";
import { mineText } from "../../lib/mining/text-pipeline";

// A 范文 site's call for more of its pages or its copy note, set into a sentence with no bracket round it
// (…督办，更多精彩范文请访问某某网逐项跟踪…): a page written for these tests.
const page = (paragraph: string) =>
  [
    "在全县燃气安全专项整治工作会议上的讲话",
    "同志们：",
    "　　今天召开全县燃气安全专项整治工作会议，主要是通报前段整治情况，部署下一步工作。",
    paragraph,
    "　　同志们，燃气安全事关千家万户，希望大家坚决扛起责任，确保全县燃气安全形势稳定。",
  ].join("\n");
const kept = (paragraph: string) => mineText(page(paragraph)).speeches.flatMap((s) => s.blocks.map((b) => b.text));

describe("a site's call set into a sentence", () => {
  it.each([
    [
      "　　对排查发现的瓶装气问题，住建部门要实行台账管理，更多优秀范文请访问青禾文稿网限期整改到位。",
      "对排查发现的瓶装气问题，住建部门要实行台账管理，限期整改到位。",
    ],
    [
      "　　餐饮场所要全部安装燃气泄漏报警装置，转载请注明出处：启明公文网市场监管部门要加强抽查。",
      "餐饮场所要全部安装燃气泄漏报警装置，市场监管部门要加强抽查。",
    ],
  ])("is cut out, the sentence joined again: %s", (paragraph, clean) => {
    expect(kept(paragraph)).toContain(clean);
  });

  it.each([
    "　　燃气整治的政策文件已经印发，更多信息请登录县政府网站查询，各单位引用时要注明出处。",
    "　　宣传材料要通俗易懂，更多宣传资料请访问县应急局公众号下载，各单位转发时要注明来源。",
    "　　获奖作品将在县电视台播出，更多优秀文章请登录市总工会网站阅读，大家可以互相学习借鉴。",
    "　　各单位要及时转发，更多相关文章请关注市应急管理局公众号及时学习，把防灾知识送到群众手中。",
    "　　会议文件已经提前印发，更多相关公文请登录单位内网查阅，这里我只强调三点。",
    "　　写好材料要多读多写，更多优秀范文请登录省应急管理厅网站学习借鉴，尤其是执法文书。",
  ])("but a speech's own pointer to a site stays whole: %s", (paragraph) => {
    expect(kept(paragraph)).toContain(paragraph.trim());
  });
});
