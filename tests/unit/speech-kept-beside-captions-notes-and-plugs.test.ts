import { describe, expect, it } from "vitest";
import { textsOf } from "../../lib/testing/mined-page";
import {
  APP_IN_SENTENCES,
  BILLBOARD_POINTS,
  DOWNLOAD_STEPS,
  FIGURES_WITH_ARROWS,
  REVISION_EXPLAINED,
  TIMELINE_POINTS,
  WRAPPED_UNDER_PAGE_NUMBER,
} from "../../lib/testing/review-96-99-mb-pages";

// Guards from the outside review r1 of the rules for sets 96 and 97: the speech's own text that those rules took for a
// caption, a copier's note, an app's plug, a running head, a download site's notes or an ad, kept; and the chrome they
// were written for, still taken.

const textOf = (page: string[]) => textsOf(page).join("\n");
const joined = (page: string) => textOf(page.split("\n"));
const HEAD = ["在全区安全生产工作会议上的讲话", "", "同志们："];
const OPENING = "今天召开全区安全生产工作会议，主要任务是总结去年工作，部署今年的重点任务，请大家会后认真抓好落实。";
const CLOSING = "同志们，安全生产责任重于泰山，希望大家以更加扎实的作风抓好各项工作，确保全区安全形势稳定。";

describe("a speech beside the rules for sets 96 and 97 (review r1)", () => {
  it("keeps a timeline's ▲ points dated by 旬, each over its paragraph (finding 1)", () => {
    const text = joined(TIMELINE_POINTS);
    for (const point of ["4月上旬，全面启动隐患排查。", "4月下旬，完成应急物资储备。", "5月中旬，开展综合应急演练。"])
      expect(text).toContain(point);
    expect(text).toContain("6月上旬，进入主汛期值班值守。");
  });

  it("still takes a news photo's ▲ caption dated by 旬 under its picture", () => {
    const caption = "▲ 4月下旬，区消防救援大队在东湖社区开展电动自行车充电隐患夜查";
    const para = "要集中整治电动自行车违规停放充电，每个老旧小区至少建成一处集中充电点，物业和社区要每周巡查。";
    const text = textOf([...HEAD, OPENING, "", para, "", "[图片]", caption, "", CLOSING]);
    expect(text).toContain(para);
    expect(text).not.toContain("东湖社区开展");
  });

  it("keeps the year-on-year brackets on a speech's figures (finding 2)", () => {
    const text = joined(FIGURES_WITH_ARROWS);
    expect(text).toContain("共发生各类生产安全事故12起（↑2起），死亡5人（↓1人），直接经济损失186万元（↑23.5%）。");
    expect(text).toContain("建筑施工事故2起（↑2起），工贸行业事故2起（持平）");
  });

  it("still cuts a quoter's comment pointing up at the paragraph above", () => {
    const note = "（↑开场白交代会议背景，两三句就够，别写成工作总结）";
    const text = textOf([...HEAD, OPENING, note, CLOSING]);
    expect(text).toContain(OPENING);
    expect(text).not.toContain("开场白");
  });

  it("keeps a bracket saying what a revised regulation changed (finding 3)", () => {
    expect(joined(REVISION_EXPLAINED)).toContain("新办法第十二条（此处将“及时”改为“1小时内”），把时限明确下来。");
  });

  it("keeps a speech's words sending staff to an app (finding 4)", () => {
    const text = joined(APP_IN_SENTENCES);
    expect(text).toContain("各企业要组织员工下载“安全云课堂”APP，看更多安全警示教育内容，每名员工每月在线学习");
    expect(text).toContain("请大家打开“平安云区”客户端，阅读更多本地安全资讯，及时转发区里发布的预警信息。");
  });

  it("still cuts a site's app plug set into a sentence", () => {
    const line = "城市更新项目集中开工，交叉作业多、外包队伍多，下载“爱南渚”APP，看更多南渚本地新闻管理难度大。";
    const text = textOf([...HEAD, OPENING, line, CLOSING]);
    expect(text).toContain("交叉作业多、外包队伍多，管理难度大。");
    expect(text).not.toContain("爱南渚");
  });

  it("keeps a hard-wrapped line under a page number that ends in 材料 (finding 10)", () => {
    const text = joined(WRAPPED_UNDER_PAGE_NUMBER);
    expect(text).toContain("整改验收过程中形成的检测报告图纸照片等全部原始资料和佐证材料都要逐一核实");
    expect(text).not.toContain("— 2 —");
  });

  it("keeps a speech's 下载说明 over the steps to install an app (finding 12)", () => {
    const text = joined(DOWNLOAD_STEPS);
    expect(text).toContain("下载说明：");
    expect(text).toContain("安卓手机用户在应用商店搜索“危化安全码”，下载安装后用企业统一社会信用代码注册。");
    expect(text).toContain("苹果手机用户在App Store搜索同名应用，注册方式相同。");
    expect(text).toContain("企业管理员账号由市局统一分配，请各企业于本周五前到危化科领取。");
  });

  it("still takes a download site's notes over its terms", () => {
    const notes = [
      "下载说明：",
      "1. 本站范文均由网友投稿或网络整理，版权归原作者所有。",
      "2. 如需Word格式，请登录会员中心重新下载。",
    ];
    const text = textOf([...HEAD, OPENING, CLOSING, "", ...notes]);
    expect(text).toContain(CLOSING);
    expect(text).not.toMatch(/下载说明|本站范文|Word格式/);
  });

  it("keeps a ▲ point that names 广告牌 and ends in 查看详情 (finding 15(c))", () => {
    expect(joined(BILLBOARD_POINTS)).toContain("广告牌设置单位的安全主体责任清单，请各区对照市局文件逐条查看详情");
  });

  it("still takes an ad framed by a banner's ▲ at both ends", () => {
    const ad = "▲ 广告　注册安全工程师考前冲刺班，签约保障，点击咨询 ▲";
    const text = textOf([...HEAD, OPENING, "", ad, "", CLOSING]);
    expect(text).toContain(CLOSING);
    expect(text).not.toContain("冲刺班");
  });
});
