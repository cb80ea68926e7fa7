// The notice that convened the meeting, printed above the speech given at it (关于召开××推进会的通知 / 各县区…： /
// 经研究，定于… 现将有关事项通知如下： / 一、会议时间 … over 在××推进会上的讲话): its title is no speech's, so the page
// splits it off as a unit of its own, and its outline (会议时间、地点、参会人员) reads like a speech's. It is the page's
// chrome, reported as removed; a notice of its own on other business (关于认真传达学习…精神的通知) is a unit the page
// holds, and stays.
import { DATE_LINE_RE } from "./noise-document-tails";
import { reportRemoved, size } from "./speech-units";
import type { ParsedSpeech, Removed } from "./types";

export const REASON_NOTICE = "会议通知（非讲话正文）";

/** A 公文's title convening a meeting: 关于召开××推进会的通知 (group 1: the meeting). */
const NOTICE_TITLE_RE = /^关于(?:召开|举办)(.{2,60})的(?:通知|通告)$/;
/** The notice's own words before its items: 现将有关事项通知如下 / 特此通知. */
const NOTICE_BODY_RE = /(?:现将|特将|现就|兹将)有关(?:事项|事宜|要求)通知如下|通知如下[：:]|^特此通知。?$/m;

/** Drops a unit that opens with a notice's title (in its first lines, or removed as chrome right above them) convening
 *  the meeting another unit's title names, and speaks as a notice (…通知如下：), beside a longer speech of the page: a
 *  speech that quotes a notice's title (…关于召开…的通知精神) opens no unit with it, and a speech's salutation (同志们：)
 *  keeps its unit. */
export function withoutNotices(speeches: ParsedSpeech[], removed: Removed[]): ParsedSpeech[] {
  if (speeches.length < 2) return speeches;
  const longest = Math.max(...speeches.map(size));
  const kept = new Map<ParsedSpeech, ParsedSpeech>();
  return speeches
    .filter((s, i) => {
      const first = s.blocks[0]?.lineNo ?? 0;
      const after = speeches[i - 1]?.blocks.at(-1)?.lineNo ?? 0;
      const head = [s.title ?? "", ...s.blocks.slice(0, 3).map((b) => b.text.trim())];
      const above = removed.filter((r) => (r.lineNo ?? 0) > after && (r.lineNo ?? 0) < first).map((r) => r.text);
      const meetings = [...head, ...above].flatMap((t) => NOTICE_TITLE_RE.exec(t.trim())?.[1] ?? []);
      const titled = meetings.some((m) => speeches.some((o) => o !== s && o.title?.includes(m)));
      const notice =
        !s.salutation && size(s) < longest && titled && NOTICE_BODY_RE.test(s.blocks.map((b) => b.text).join("\n"));
      if (!notice) return true;
      // What follows the notice's 特此通知 and signature (a leader's short remarks, the host's opening) is the page's
      // speech: only the notice goes.
      const end = noticeEnd(s.blocks.map((b) => b.text.trim()));
      const rest = s.blocks.slice(end);
      if (!rest.some((b) => PROSE_RE.test(b.text.trim()))) {
        reportRemoved(s, REASON_NOTICE, removed);
        return false;
      }
      // The unit's title, speaker and date were read from the notice's head: they go with it.
      reportRemoved({ ...s, blocks: s.blocks.slice(0, end) }, REASON_NOTICE, removed);
      kept.set(s, { title: null, speaker: null, date: null, salutation: null, blocks: rest });
      return true;
    })
    .map((s) => kept.get(s) ?? s);
}

/** A line of the speech's prose: a sentence ended by its stop. */
const PROSE_RE = /^[^：:]{8,}[。！？]$|[。！？].{6,}[。！？]$/u;
/** The notice's close, its signing unit and its date (县人民政府办公室 / 2024年3月1日). */
const CLOSE_RE = /^特此(?:通知|通告)。?$/;
const SIGNER_RE = /^[^\s，。；：:！？]{2,24}(?:办公室|政府|委员会|党委|办|局|厅|委|部|中心|公司|集团)$/;

/** The index after the notice's last line: its 特此通知 (else the date it is signed with) and the signature right after;
 *  the whole unit when neither is found. */
function noticeEnd(lines: string[]): number {
  let end = lines.findIndex((t) => CLOSE_RE.test(t));
  if (end < 0) end = lines.findIndex((t) => DATE_LINE_RE.test(t));
  if (end < 0) return lines.length;
  let next = end + 1;
  while (next < lines.length && next <= end + 2 && (DATE_LINE_RE.test(lines[next]) || SIGNER_RE.test(lines[next])))
    next++;
  return next;
}
