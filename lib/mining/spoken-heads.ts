// The words after a talk's 第一个， that make it a point's head (第一个，形势大家要心里有数。): a short clause to its first
// stop. Plain talk opens far more lists so that are no outline: cases and stories (第一个，3月12日下午，城南…), people
// named (第一个，是执法大队的刘建华同志。), questions quoted (第一个，你们区的企业知不知道…？), a host's agenda turns
// (第一个，请安监站刘站长通报…). (No imports: outline-patterns asks it before it reads 第N个， as a number.)

/** A point's head runs to its first stop. */
const HEAD_END_RE = /[。！？!?；;]/;
const MIN_HEAD = 4;
const MAX_HEAD = 20;
/** Not a point's head: a clause that goes on past a comma or a colon (a story, a list), a date or a figure (a case),
 *  one that names (是…) or calls on someone (请…, 你们…). */
const NOT_HEAD_RE = /[，,、：:]|\d|^(?:是|请|有)|你|您/;
/** 要把形势看清楚，决不能掉以轻心: a point's head in two clauses, a charge (要…, 必须…) and a second charge (不能…, 把…落到位);
 *  a story goes on past its comma with a time or a place (第一个，去年清明前后，…), never with a charge. Not a lead-in
 *  that only bids to see or bear in mind (要清醒地看到，全县事故起数…, 要深刻认识到，企业才是…) nor a charge to see a
 *  thing before the statement of it (要看到成绩，近年来事故总量持续下降). */
const CHARGE_HEAD_RE =
  /^(?:要(?!求)|必须|务必|一定要)[^，,]{3,}[，,](?:要|不要|不能|决不|绝不|必须|务必|切实|坚决|严禁|把)[^，,]{2,}$/;
/** A first clause bidding to see, know or bear in mind (…看到，, …认识到，, 要搞清楚，; not 要把形势看清楚，). */
const LEAD_IN_RE = /^[^，,]*(?:看到|认识到|意识到|注意到|明白|记住|知道|承认)[^，,]{0,4}[，,]|^[^，,把]*清楚[，,]/;

/** Whether the text after a 第N个， marker is a point's head: a short clause, not a question. */
export function spokenPointHead(rest: string): boolean {
  const end = rest.search(HEAD_END_RE);
  const head = end < 0 ? rest : rest.slice(0, end);
  if (end >= 0 && /[？?]/.test(rest[end]!)) return false;
  if (head.length < MIN_HEAD || head.length > MAX_HEAD) return false;
  return !NOT_HEAD_RE.test(CHARGE_HEAD_RE.test(head) && !LEAD_IN_RE.test(head) ? head.replace(/[，,]/, "") : head);
}
