// An e-mail thread saved as text: the latest message on top, each earlier one quoted one level deeper (> , >> )
// under its attribution (在 2024年5月6日 14:03，张×× <…> 写道： / On … wrote:), each signed under "-- ". The speech
// is the message at one depth, the one holding most of the text; the other messages, the attributions and the
// signatures are the thread's.
import { cjkCount, parseEnumerator } from "./outline-patterns";

export const DEPTH_RE = /^\s*((?:>\s?)*)/;
/** 在 2024年5月6日 14:03，张×× <zhang@…> 写道： / On Mon, May 6, 2024 at 2:03 PM 张×× wrote: / ----- 原始邮件 -----:
 *  with the time it was sent or the sender's address, and a client prints the full date (its year) or the address
 *  (在《…》一文中，魏巍写道： introduces a quotation; 在5月10日晚上22:47，…他写道： is a speaker reading a message out). */
export const ATTRIBUTION_RE =
  /^(?:在\s*(?=[^。！？]{0,60}(?:\d{1,2}:\d{2}|@))(?=[^。！？]{0,60}(?:\d{4}\s*[-/.年]|@))[^。！？]{4,80}?写道[：:]|on\s.{4,120}\swrote:|-{2,}\s*(?:原始邮件|original message|转发的邮件|forwarded message)\s*-{2,})$/i;
/** The signature's delimiter: "-- " alone on its line; the signature's lines are short and no sentence. */
const SIGNATURE_RE = /^--\s?$/;
const SIGNATURE_LINES = 6;
const SIGNATURE_LINE_CHARS = 40;
const MIN_DEPTHS = 2;

const depthOf = (t: string) => (DEPTH_RE.exec(t)![1]!.match(/>/g) ?? []).length;

/** The thread's own lines by index, with their reasons; null when the file is no thread of quoted messages. */
export function mailThreadLines(texts: string[]): Map<number, string> | null {
  const depths = texts.map(depthOf);
  const chars = new Map<number, number>();
  texts.forEach((t, i) => chars.set(depths[i]!, (chars.get(depths[i]!) ?? 0) + cjkCount(t)));
  // A thread shows itself by an attribution or by a message quoted inside a quoted one (>>): a speech may quote a
  // document's lines with > itself.
  const attributed = texts.some((t) => ATTRIBUTION_RE.test(t.replace(DEPTH_RE, "").trim()));
  if (chars.size < MIN_DEPTHS || (!attributed && Math.max(...depths) < 2)) return null;
  const main = [...chars].sort((a, b) => b[1] - a[1])[0]![0];
  const out = new Map<number, string>();
  for (let i = 0; i < texts.length; i++) {
    const t = texts[i]!.replace(DEPTH_RE, "").trim();
    if (!t) continue;
    if (ATTRIBUTION_RE.test(t)) out.set(i, "邮件引用头");
    else if (depths[i] !== main) out.set(i, "邮件往来（其他邮件）");
    else if (SIGNATURE_RE.test(t))
      for (let k = i; k < texts.length && k <= i + SIGNATURE_LINES && depths[k] === main; k++) {
        const line = texts[k]!.replace(DEPTH_RE, "").trim();
        if (k > i && (!line || line.length > SIGNATURE_LINE_CHARS || /[。！？]/.test(line) || parseEnumerator(line)))
          break;
        out.set(k, "邮件签名");
      }
  }
  return out;
}
