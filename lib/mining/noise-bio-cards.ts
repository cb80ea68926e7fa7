// A site's card about the speaker or the author (个人简介：…, 男，汉族，1972年3月生…), before or after the text.
/** 个人简介： / 作者简介 / 【人物简介】: a site's card about the speaker or the author, after or before the text. */
const BIO_HEAD_RE = /^[【\[]?(?:个人|作者|人物|讲话人)(?:简介|简历)[】\]]?\s*[：:]?\s*(?=.{0,120}$)/;
/** A speaker introducing himself (我叫…, 本人…) or a host introducing a comrade (张三同志，男，…) speaks. */
const SPOKEN_BIO_RE = /^(?:我|本人)|同志/;
/** What a biography says: sex, people, birth, schooling, party, posts held. */
const BIO_LINE_RE =
  /[，,](?:男|女)[，,]|[汉回满壮藏]族|\d{4}年.{0,3}月生|出生于|籍贯|学历|学位|中共党员|参加工作|^(?:现任|曾任|历任)/;
const BIO_LINES = 6;

/** Marks a biography card: its label and the lines under it that read as a biography, up to a blank line. */
export function markBioCards(texts: string[], verdict: (string | null)[]): void {
  for (let i = 0; i < texts.length; i++) {
    const head = texts[i]!.trim();
    if (!BIO_HEAD_RE.test(head)) continue;
    const lines: number[] = [];
    const inline = head.replace(BIO_HEAD_RE, "");
    if (inline && (!BIO_LINE_RE.test(inline) || SPOKEN_BIO_RE.test(inline))) continue;
    for (let j = i + 1; j < texts.length && lines.length < BIO_LINES; j++) {
      const t = texts[j]!.trim();
      if (!t || t.length > 120 || !BIO_LINE_RE.test(t)) break;
      lines.push(j);
    }
    if ((!inline && !lines.length) || lines.some((k) => SPOKEN_BIO_RE.test(texts[k]!.trim()))) continue;
    for (const k of [i, ...lines]) verdict[k] ??= "人物简介";
  }
}
