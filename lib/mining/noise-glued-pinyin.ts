// Pinyin left glued to the words it spells, with no brackets or tones: an input method's residue (立查立gai改, the
// syllable typed before its character) or a site's reading aid (隐患排查paicha, after its words). A Chinese sentence
// writes no lower-case Latin word between its characters; the letters that may stand there are an abbreviation in
// capitals (LNG, DCS), a unit after a figure, an address, or a word a site censored into pinyin (县zhengfu要…), which
// censored-pinyin.ts restores: those are left. Only letters that read whole as pinyin syllables are cut.
import { isCensoredWord } from "./censored-pinyin";
import { cut, type Ctx } from "./noise-fragments";
import { needs } from "./regex-needs";

/** Every syllable of Mandarin, toneless (ü written v). */
const SYLLABLES = new Set(
  [
    "a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ceng",
    "cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu",
    "cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo",
    "e ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan",
    "guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian",
    "jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan",
    "kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan",
    "lun luo lv lve ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao",
    "ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nuo nv nve o ou pa pai pan pang pao pei pen",
    "peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang",
    "rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she",
    "shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan",
    "tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia",
    "xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue",
    "yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua",
    "zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo",
  ]
    .join(" ")
    .split(" "),
);
const LONGEST = 6;

/** The letters read whole as a run of syllables. */
export function readsAsPinyin(letters: string): boolean {
  const ok = [true];
  for (let end = 1; end <= letters.length; end++) {
    ok[end] = false;
    for (let n = 1; n <= LONGEST && n <= end; n++)
      if (ok[end - n] && SYLLABLES.has(letters.slice(end - n, end))) {
        ok[end] = true;
        break;
      }
  }
  return ok[letters.length]!;
}

/** Three lower-case letters or more between Chinese characters, or with a clause's mark on one side of them
 *  (…排查paicha，… after its words; …、pilao疲劳驾驶 before them). */
const GLUED_LETTERS_RE = needs(
  /[a-z]{3}/,
  /(?<=[\u4e00-\u9fff])[a-z]{3,18}(?=[\u4e00-\u9fff，。；、：！？])|(?<=[，；、：])[a-z]{3,18}(?=[\u4e00-\u9fff])/g,
);
export const REASON_GLUED_PINYIN = "拼音残留（输入法或注音插入的拼音）";

/** Latin words of three letters or more, the line's English among them. */
const LATIN_WORD_RE = /[A-Za-z]{3,}/g;

/** Cuts glued pinyin from a line, leaving a censored word for its restoration. A line that writes English
 *  (【词汇】hidden hazard隐患；fume烟尘) reads its short words as English too (fume is no fu-me). */
export function cutGluedPinyin(text: string, lineNo: number, ctx: Ctx): string {
  const words = text.match(LATIN_WORD_RE);
  if (!words || words.some((w) => !readsAsPinyin(w.toLowerCase()))) return text;
  return cut(text, GLUED_LETTERS_RE, REASON_GLUED_PINYIN, lineNo, ctx, (m) => !readsAsPinyin(m) || isCensoredWord(m));
}
