// A scraped page of the kind that goes wrong silently (issue 11): site chrome around a speech whose body
// paragraphs the page joined with spaces into one line, and a censored abbreviation (zf) in it. The last two
// paragraphs are run together with no space at all (the copy lost that break entirely), and the second opens with
// 总之，, a cue no rule reads as a new paragraph (a closing 同志们， would be split by the miner itself): the miner splits
// the rest at the spaces, and a clerk has to split those two in the import report. Written for the
// tests (not taken from any real page); each paragraph carries the caller's marker so its blocks can be found.
// Shared by the integration tests and the end-to-end test of the import review.

export type JoinedPage = {
  text: string;
  /** The body paragraphs as the speaker wrote them, in order (joined by spaces on the page) */
  paragraphs: string[];
};

export function joinedPage(marker: string): JoinedPage {
  const paragraphs = [
    `同志们，今天我们召开全区安全生产工作会议，主要任务是深入学习贯彻上级关于安全生产工作的决策部署，总结去年全区安全生产工作，分析当前面临的形势，安排部署今年的重点任务。刚才，区应急管理局通报了去年全区安全生产情况，几个部门和街道作了交流发言，讲得都很好，我完全同意。下面，我再讲三点意见（${marker}甲）。`,
    `第一，要清醒认识安全生产形势的严峻复杂性。去年全区安全生产形势总体平稳，事故起数和死亡人数实现双下降，但是我们也要看到，城镇燃气、建筑施工、道路交通等领域的风险隐患依然突出，一些企业主体责任落实不到位，个别部门监管存在宽松软的问题，基层应急处置能力还比较薄弱，这些问题必须引起我们的高度重视（${marker}乙）。`,
    `第二，要扎实开展重大事故隐患排查整治。各街道、各部门要聚焦重点行业领域，组织开展拉网式排查，对排查出的隐患建立台账，明确整改责任人、整改措施和整改时限，实行闭环管理，做到整改一处、销号一处。对拒不整改、整改不力的企业，要依法依规严肃处理，该停产的停产，该关闭的关闭，决不姑息迁就。区zf安委办要加强督导检查，每月通报进展情况（${marker}丙）。`,
    `第三，要切实压紧压实安全生产责任。要严格落实党政同责、一岗双责、齐抓共管、失职追责，各街道党政主要负责同志是本辖区安全生产第一责任人，要亲自研究、亲自部署、亲自督办。行业主管部门要按照管行业必须管安全、管业务必须管安全、管生产经营必须管安全的要求，切实履行监管职责。企业要落实全员安全生产责任制，把责任落实到每一个岗位、每一名员工（${marker}丁）。`,
    `第四，要全面提升应急处置能力。要修订完善各类应急预案，组织开展实战化应急演练，加强应急救援队伍和物资储备建设，确保一旦发生险情，能够快速响应、科学处置，最大限度减少人员伤亡和财产损失。要严格落实领导带班和值班值守制度，保持信息畅通，遇有重大情况及时报告（${marker}己）。`,
    `总之，安全生产责任重于泰山。让我们以更加务实的作风、更加有力的举措，抓好安全生产各项工作，为全区经济社会高质量发展创造安全稳定的环境（${marker}戊）。`,
  ];
  const text = [
    "范文大全网 - 工作总结 - 讲话稿 - 心得体会 - 登录 | 注册",
    "当前位置：首页 > 讲话稿 > 安全生产讲话",
    "在全区安全生产工作会议上的讲话",
    "发布时间：2025-02-18 09:30  浏览次数：1024  来源：范文大全网",
    paragraphs.slice(0, -1).join("    ") + paragraphs.at(-1)!,
    "谢谢大家！",
    "相关推荐：安全生产月活动讲话 | 消防安全工作会议讲话 | 防汛工作会议讲话",
    "本站部分文章来源于网络，如有侵权请联系删除。Copyright © 2016-2025 范文大全网 备案号：京ICP备00000000号",
  ].join("\n");
  return { text, paragraphs };
}
