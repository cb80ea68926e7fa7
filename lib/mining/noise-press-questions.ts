// A 新闻发布会's transcript around the official's statement: the host's lines (主持人：…), and after the statement the
// questions the reporters ask (××日报记者：…) and the answers (答：…).

const REASON_PRESS = "新闻发布会问答";

/** 沅川日报记者： / 记者： / 新华社记者：: a reporter's question opens so; no speech line does. */
const REPORTER_RE = /^[^：:，。！？]{0,16}记者[：:]\s*\S/;
const ANSWER_RE = /^答[：:]\s*\S/;
/** The host's label line (主持人： / 主持人（市政府新闻办副主任 宋某）：) or his line run on after it. */
const HOST_RE = /^主持人(?:[（(][^（）()]{1,30}[）)])?[：:]/;
const CLOSING_RE = /^[^。！？]{0,16}(?:新闻发布会|发布会)到此结束/;

/** Marks a press conference's questions, answers and host lines, from the first reporter's question to the end. */
export function markPressQuestions(texts: string[], verdict: (string | null)[]): void {
  const first = texts.findIndex((t) => REPORTER_RE.test(t.trim()));
  if (first < 0 || texts.filter((t) => REPORTER_RE.test(t.trim())).length < 2) return;
  // The host's lead into the questions sits right above the first one (主持人： / 谢谢…。下面进入提问环节…).
  let start = first;
  for (let k = first - 1; k >= 0 && first - k <= 3; k--) {
    const t = texts[k]!.trim();
    if (!t) continue;
    if (HOST_RE.test(t) || /提问环节|提问/.test(t)) start = k;
    else break;
  }
  for (let i = start; i < texts.length; i++) {
    const t = texts[i]!.trim();
    if (!t) continue;
    if (REPORTER_RE.test(t) || ANSWER_RE.test(t) || HOST_RE.test(t) || CLOSING_RE.test(t) || i < first)
      verdict[i] ??= REASON_PRESS;
  }
}
