// A signer's name alone on the line under a speech's closing (李建国, then maybe the date): the 落款 of a printed
// speech, or a mail's sender signing the draft he sends. It names the speaker or the sender and says nothing of
// the speech, so it is no block of the text. Told from a closing word alone on a line (谢谢, 散会, 完) by its surname.

/** The commonest Chinese surnames (about nine in ten people bear one of them), and compound ones. */
const SURNAMES = new Set([
  ..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝",
]);
const COMPOUND_SURNAMES = [
  "欧阳",
  "司马",
  "上官",
  "诸葛",
  "东方",
  "皇甫",
  "尉迟",
  "公孙",
  "慕容",
  "长孙",
  "令狐",
  "宇文",
  "夏侯",
  "端木",
];
/** Two to four characters and nothing else: a name, where a closing's word would be a sentence or a known word. */
const NAME_SHAPE_RE = /^[\u4e00-\u9fff]{2,4}$/;
/** Words a closing may leave alone on a line, some of them starting with a surname's character (谢谢, 完毕). */
const CLOSING_WORDS_RE = /^(?:谢谢(?:大家|各位)?|散会|完毕?|全文完|结束|再见|此致|敬礼|同志们|大家好|特此通知|以上)$/;

export function isSignatureName(t: string): boolean {
  if (!NAME_SHAPE_RE.test(t) || CLOSING_WORDS_RE.test(t)) return false;
  const compound = COMPOUND_SURNAMES.some((s) => t.startsWith(s));
  return compound ? t.length >= 3 : SURNAMES.has(t[0]!) && t.length <= 3;
}

/** The signer's name under the line above it: one name alone, where a list's names (张伟 / 李娜 / 王强, or one under
 *  its lead, 先进个人是：) stand in a column or under a colon and are the speech's. */
export const signsUnder = (t: string, above: string): boolean =>
  isSignatureName(t) && !isSignatureName(above) && !/[：:]$/.test(above);
