// The default block categories (notes/taxonomy.md). Seeded once; afterwards the taxonomy is data an
// administrator edits, so nothing else in the code may rely on this list being complete.
export type DefaultCategory = { key: string; description: string; signals: string[] };

export const DEFAULT_TAXONOMY: DefaultCategory[] = [
  {
    key: "开场",
    description: "为什么开会、前面同志通报了什么、表示赞同、预告要讲的几点意见",
    signals: ["召开这次会议", "刚才", "同志通报", "我完全赞同", "下面，我讲几点意见"],
  },
  {
    key: "形势分析",
    description: "成绩和数据、事故及其教训、问题及原因、当前形势严峻的程度和原因",
    signals: [
      "成绩",
      "同比下降",
      "同比上升",
      "事故起数",
      "死亡人数",
      "形势严峻",
      "不容乐观",
      "存在的问题",
      "教训",
      "原因",
    ],
  },
  {
    key: "思想认识",
    description: "思想上的要求：政治责任、红线意识和底线思维、人民至上、克服麻痹侥幸",
    signals: ["提高认识", "红线意识", "底线思维", "人民至上", "生命至上", "麻痹侥幸", "警钟长鸣", "政治站位"],
  },
  {
    key: "隐患排查",
    description: "查找和消除隐患风险：场所和行业检查、专项整治、重点行业领域、风险台账、隐患销号",
    signals: ["隐患排查", "风险辨识", "专项整治", "重点行业领域", "拉网式", "台账", "整改销号", "挂牌督办"],
  },
  {
    key: "监管执法",
    description: "政府部门如何监管执法：执法检查、打非治违、处罚",
    signals: ["执法", "打非治违", "双随机", "明查暗访", "行刑衔接", "停产整顿", "关闭取缔", "从重处罚"],
  },
  {
    key: "责任落实",
    description: "谁负责、怎么落实：党政同责、一岗双责、企业主体责任、部门和属地责任、考核问责",
    signals: ["党政同责", "一岗双责", "齐抓共管", "失职追责", "主体责任", "三管三必须", "考核", "问责", "一票否决"],
  },
  {
    key: "应急管理",
    description: "值班值守、应急预案和演练、救援、信息报送、防汛和自然灾害防范",
    signals: ["值班值守", "24小时", "应急预案", "演练", "救援", "信息报送", "防汛", "地质灾害"],
  },
  {
    key: "宣传培训",
    description: "宣传、教育、培训和安全文化",
    signals: ["宣传教育", "培训", "持证上岗", "安全文化", "安全生产月", "五进", "警示教育"],
  },
  {
    key: "基层基础",
    description: "长效机制和能力：双重预防机制、网格化、信息化、监管队伍、经费装备",
    signals: ["长效机制", "双重预防机制", "网格化", "信息化", "队伍建设", "基层基础", "保障"],
  },
  {
    key: "结尾",
    description: "结尾的号召和致谢",
    signals: ["同志们", "总之", "让我们", "提供坚实的安全保障", "谢谢大家"],
  },
];
