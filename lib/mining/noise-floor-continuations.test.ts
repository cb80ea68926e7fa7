import { describe, expect, it } from "vitest";
import { removalReason } from "../testing/page-noise";
import { mineText } from "./text-pipeline";

// A 贴吧-style thread written for these tests: the poster pastes a speech over two floors, his sentence cut at the
// first floor's end with （未完，见2楼） and taken up under his card on the second with 接上楼：; the floor's foot, the
// replies under it and his card stand between the two halves.
const TITLE = "在全县燃气安全专项整治推进会上的讲话";
const OPENING =
  "今天召开全县燃气安全专项整治推进会，主要是通报前一阶段整治情况，部署下一步工作。刚才，县住建局作了通报，我完全同意。";
const FIRST_HALF = "各乡镇要对辖区内餐饮场所、农贸市场和老旧小区开展一次全覆盖排查，对发现的隐患建立问题台账、";
const SECOND_HALF = "整改台账，实行闭环管理，整改一处、销号一处。";
const DUTY =
  "燃气经营企业要落实主体责任，行业主管部门要落实监管责任，对责任不落实导致事故的，依法依规严肃追究有关人员责任。";
const CLOSING = "同志们，燃气安全关系千家万户。希望大家以对群众高度负责的态度，扎实抓好各项工作，谢谢大家！";

const thread = (cut: string, takenUp: string) =>
  [
    "某某贴吧",
    "安全管理吧",
    "只看楼主　收藏　回复",
    "",
    "写稿的老周",
    "Lv8 笔杆子",
    "楼主",
    TITLE,
    "同志们：",
    OPENING,
    "一、抓好隐患排查",
    cut,
    "",
    "1楼 2024-05-12 21:06 来自Android客户端",
    "回复(2)",
    "小李学写作: 收藏了，感谢分享 2024-05-12 21:15 回复",
    "我也说一句",
    "",
    "写稿的老周",
    "Lv8 笔杆子",
    "楼主",
    takenUp,
    "二、压实各方责任",
    DUTY,
    CLOSING,
    "",
    "2楼 2024-05-12 21:08 来自Android客户端",
  ].join("\n");

describe("a sentence a poster cut across two floors", () => {
  it("is one paragraph; his note at the cut and his label over the rest go", () => {
    const mined = mineText(thread(`${FIRST_HALF}（未完，见2楼）`, `接上楼：${SECOND_HALF}`));
    const blocks = mined.speeches.flatMap((s) => s.blocks.map((b) => b.text));
    expect(blocks).toEqual([OPENING, "一、抓好隐患排查", FIRST_HALF + SECOND_HALF, "二、压实各方责任", DUTY, CLOSING]);
    expect(mined.removed.map((r) => r.text)).toEqual(expect.arrayContaining(["（未完，见2楼）", "接上楼："]));
  });

  it("keeps the break where the first floor ends on a full stop, and removes a note about floors whole", () => {
    const whole = "各乡镇要对辖区内餐饮场所、农贸市场和老旧小区开展一次全覆盖排查，对发现的隐患逐一建立台账。";
    const next = "县住建局要牵头组织联合检查组，每月对各乡镇排查整改情况开展一次督查，督查结果在全县通报。";
    const blocks = mineText(thread(`${whole}（未完，见2楼）`, `接上楼：${next}`)).speeches.flatMap((s) =>
      s.blocks.map((b) => b.text),
    );
    expect(blocks).toEqual(expect.arrayContaining([whole, next]));
    const note = "接上楼：字数有限制，剩下的在这楼发完。";
    expect(removalReason(mineText(thread(`${whole}（未完，见2楼）`, note)).removed, note)).toBeDefined();
  });

  it("keeps a speech's own bracket about an unfinished building", () => {
    const own = "各乡镇要对在建的3号楼（未完工，见2楼东侧）开展一次燃气管道检查，发现问题立即督促整改到位。";
    const blocks = mineText(thread(own, `接上楼：${SECOND_HALF}`))
      .speeches.flatMap((s) => s.blocks.map((b) => b.text))
      .join("\n");
    expect(blocks).toContain("（未完工，见2楼东侧）");
  });
});
