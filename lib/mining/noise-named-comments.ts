// An online document's comment as its viewer prints it between the paragraphs: the label, the
// commenter's name and a colon (批注 刘晓蕾：… / 评论 · 谢建平：…). A speech writes the same shape for its own points
// (批注 三条原则：… / 评论·观点：… / 批注要求：…), so the line is a comment only where the page shows the viewer: the
// comment's time at the line's end (…已核对。2月21日 17:36), or the same person named elsewhere on the page the way a
// document names its collaborators (@刘晓蕾, 〔批注2〕周文涛：, 由 蒋晓芸 标记, 修订：刘晓蕾 删除了…).

/** The label (a dot after 评论; normalising may have taken the space after 批注), the name (2–4 characters, or a
 *  Latin handle), an optional unit in brackets, the colon. */
const NAMED_COMMENT_RE =
  /^(?:批注\s*[·•]?\s*|评论\s*[·•]\s*)([\u4e00-\u9fff]{2,4}|[A-Za-z][A-Za-z0-9_]{1,15})(?:[（(][^（）()]{1,12}[）)])?\s*[：:]/;
/** 2月21日 17:36 / 2024-03-03 09:12 / 09:12: the comment's time, the line's last words. */
const COMMENT_TIME_RE = /(?:\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})?\s*\d{1,2}:\d{2}$/;
export const NAMED_COMMENT = "批注";

/** How a collaborator's name shows elsewhere on an online document's page. */
function collaboratorRe(name: string): RegExp {
  const n = name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(
    `@${n}|[〕】\\]]\\s*${n}\\s*[：:]|由\\s*${n}\\s*标记|(?:修订|修改|编辑)[：:]\\s*${n}\\s*(?:删除|插入|添加|修改)`,
  );
}

/** The names of the commenters the page shows as such (for the @mentions glued to the text). */
export function commentersOf(texts: string[]): string[] {
  return [...new Set(viewerComments(texts).values())];
}

/** Whether the page names each commenter elsewhere (a name's own comment line does not match its test). */
const namedElsewhere = (texts: string[]) => {
  const memo = new Map<string, boolean>();
  return (name: string): boolean => {
    if (!memo.has(name)) {
      const re = collaboratorRe(name);
      memo.set(
        name,
        texts.some((t) => re.test(t)),
      );
    }
    return memo.get(name)!;
  };
};

function viewerComments(texts: string[]): Map<number, string> {
  const found = new Map<number, string>();
  const elsewhere = namedElsewhere(texts);
  texts.forEach((raw, i) => {
    const t = raw.trim();
    const m = t.length <= 300 ? NAMED_COMMENT_RE.exec(t) : null;
    if (m && (COMMENT_TIME_RE.test(t) || elsewhere(m[1]!))) found.set(i, m[1]!);
  });
  return found;
}

/** Marks the viewer's named comment lines (a whole line each). */
export function markNamedComments(texts: string[], verdict: (string | null)[]): void {
  for (const i of viewerComments(texts).keys()) verdict[i] ??= NAMED_COMMENT;
}
