// The genre (体裁) of one mined speech: a leader's 讲话, a meeting host's 主持词, a subordinate unit's 表态发言, a
// ceremonial 致辞, a document such as a 通知 or 方案, or 其他. Read from the title first (it names the genre most of
// the time: …上的主持词, …表态发言), then from the cues each genre's text uses; a cue that any speech may use once
// (下面请, 坚决) counts only beside another of its genre.

export const GENRES = ["讲话", "主持词", "表态发言", "致辞", "通知/方案", "其他"] as const;
export type Genre = (typeof GENRES)[number];

/** The genre old rows and unknown speeches get: nearly all of the library are leaders' speeches. */
export const DEFAULT_GENRE: Genre = "讲话";

type Rule = { genre: Genre; title: RegExp; cues: RegExp[]; strong?: RegExp[] };

// 〔2024〕12号 / [2024]5号 / 安委办〔2024〕3号: a document number, which a speech never carries.
const DOC_NUMBER = /[〔［\[（(]\s*(?:19|20)\d{2}\s*[〕］\]）)]\s*第?\s*\d{1,4}\s*号/;

const RULES: Rule[] = [
  {
    genre: "主持词",
    title: /主持(?:词|稿|人?讲话)|会议议程/g,
    cues: [
      /主持人/,
      /下面(?:，)?(?:请|进行|由)/,
      /会议(?:议程|共有|主要议程)/,
      /现在开会/,
      /散会/,
      /进行(?:第[一二三四五六七八九十]+)?项/,
    ],
    strong: [/现在开会/, /(?:会议)?到此结束[，。]?散会/, /今天的会议(?:共有|主要有)[一二三四五六七八九十\d]+项议程/],
  },
  {
    genre: "表态发言",
    title: /表态(?:发言|讲话|材料)?|(?:承诺|保证)书/g,
    cues: [
      /表态/,
      /我们将/,
      /坚决(?:完成|落实|做到|贯彻|扛起|打赢)/,
      /保证/,
      /郑重承诺|承诺/,
      /请(?:各位)?(?:领导|组织)放心/,
    ],
    strong: [/(?:作|做)(?:如下|以下|个)?表态/, /郑重(?:承诺|表态)/, /请(?:各位)?(?:领导|县委|市委|组织)放心/],
  },
  {
    genre: "致辞",
    title: /致辞|欢迎词|贺词|祝酒词|开幕词|闭幕词|答谢词/g,
    cues: [/致辞/, /欢迎/, /来宾/, /女士们[、，,]?先生们/, /(?:热烈|衷心)(?:的)?(?:祝贺|欢迎|感谢)/, /圆满成功/],
    strong: [/女士们[、，,]?先生们/, /表示热烈(?:的)?欢迎/],
  },
  {
    genre: "通知/方案",
    // (关于…的情况通报 is a document; 在…会议上的情况通报 is said at the meeting: a 讲话.)
    title: /通知|方案|实施意见|指导意见|工作要点|实施细则|管理办法|(?<!(?:会|议)上的)情况通报/g,
    // A speech may well mention a 通知 or a 方案; a document addresses its recipients and says what it notifies.
    cues: [
      /(?:现将|特将)?有关(?:事项|工作|要求)通知如下|制定(?:本|如下)方案|方案如下/,
      /^各(?:乡镇|县|市|区|有关单位|村|社区)[^。！？\n]{0,40}[：:]$/,
      /特此通知/,
      /附件[：:\d一二三]/,
      /^[一二三四五六七八九十]、(?:目标任务|工作目标|总体要求|组织领导|工作步骤|实施步骤|保障措施)/,
    ],
    strong: [/特此通知/, DOC_NUMBER],
  },
  {
    genre: "讲话",
    title: /讲话(?:稿|提纲|要点|材料)?|发言(?:稿|材料)?|工作报告|讲稿|党课|(?<=(?:会|议)上的)(?:情况|工作)?通报/g,
    cues: [
      /同志们/,
      /讲话/,
      /(?:我们|大家|各(?:级|单位|部门|乡镇|村|企业))(?:一定|必须)?要/,
      /(?:讲|谈|提)(?:几点|[一二三四五六七八九十]点)(?:意见|看法|要求)/,
      /谢谢大家/,
      /下面，?我/,
    ],
    strong: [/(?:讲|谈|提)(?:几点|[一二三四五六七八九十]点)(?:意见|看法|要求)/],
  },
];

export type GenreInput = { title: string | null; salutation?: string | null; blocks: { text: string }[] };

/** How many of the rule's cues the text holds; a strong cue counts twice. */
function cueScore(rule: Rule, text: string, lines: string[]): number {
  let n = 0;
  for (const cue of rule.cues) if (cue.source.startsWith("^") ? lines.some((l) => cue.test(l)) : cue.test(text)) n++;
  for (const cue of rule.strong ?? []) if (cue.test(text)) n += 1;
  return n;
}

/** Where the rule's genre word ends last in the title (-1: nowhere). */
function lastEnd(rule: Rule, title: string): number {
  let end = -1;
  for (const m of title.matchAll(rule.title)) end = Math.max(end, m.index + m[0].length);
  return end;
}

/** The genre the title names: the genre word nearest its end, which is the head of the phrase (…通知精神的讲话 is a
 *  讲话; a page's breadcrumb 致辞讲话>…讲话稿 too). At the same place the specific genre wins (表态发言 over 发言). */
function titleGenre(title: string): Genre | null {
  let best: Genre | null = null;
  let bestEnd = -1;
  for (const rule of RULES) {
    const end = lastEnd(rule, title);
    if (end > bestEnd) [best, bestEnd] = [rule.genre, end];
  }
  return best;
}

export function speechGenre(speech: GenreInput): Genre {
  // Trailing decorations (【篇一】, （摘要）, （全文2838字）) do not move the head word.
  const title = (speech.title ?? "").replace(/\s+/g, "").replace(/(?:[（(【[][^（）()【】[\]]{0,16}[）)】\]])+$/, "");
  const named = title ? titleGenre(title) : null;
  if (named) return named;
  const lines = [speech.salutation ?? "", ...speech.blocks.map((b) => b.text)];
  // Cues are looked for in the first and last parts, where each genre shows itself (the body of any of them may
  // quote a 通知 or thank a 来宾); a long text is not read whole.
  const head = lines.slice(0, 12);
  const tail = lines.length > 12 ? lines.slice(-6) : [];
  const text = [...head, ...tail].join("\n");
  let best: Genre = "其他";
  let bestScore = 0;
  for (const rule of RULES) {
    const score = cueScore(rule, text, [...head, ...tail]);
    // One cue is enough to read as a 讲话 (同志们); another genre needs two, as any speech may use one of its cues.
    if (score > bestScore && score >= (rule.genre === "讲话" ? 1 : 2)) [best, bestScore] = [rule.genre, score];
  }
  return best;
}
