// Photo credits as whole lines: a caption ending in its photographer's or office's credit, or a credit alone.
import { mayMatch, needs } from "./regex-needs";

/** A line ending in a photographer's credit (活动现场，职工代表签名（摄影：张三）, …讲话。（摄影　张三）/（摄影　张三、李四）: a name or two, never a team, a kind or a job (（摄影组　…）, （摄影类…评选）, （摄影摄像　…负责）), …召开。融媒记者 张三 摄, …讲话。（××融媒 张三 摄）) or an office's (…（××镇党政办供图）): a caption. */
const CREDIT_END_RE = needs(
  // Every branch ends in a credit's 摄 or 供图, or names a 图 (图片, 图源, 资料图).
  ["摄", "图"],
  /[（(](?:摄影|图片|图源|图|供图)[：:][^（）()\n]{1,16}[)）]$|(?<=[。！？])[（(]摄影\s*(?![^（）()]*(?:协会|学会|展|赛|家|社|部|作品|组|类|科|车间|负责|评选|摄像|者|师|员|队|班|活动|培训|技术|专业|器材|设备)[^（）()]*[)）])[\u4e00-\u9fff]{2,4}(?:·[\u4e00-\u9fff]{2,6})?(?:\s*、\s*[\u4e00-\u9fff]{2,4})?[)）]$|(?<=[。！？])[（(][^\s（）()，。！？：:]{2,12}供图[)）]$|(?<=[。！？])[（(]资料图片?[)）]$|^(?![^（(]*(?:大家|我们|请看))[^。！？，,；]{2,40}[（(]资料图片?[)）]$|[（(](?:[^\s（）()，。！？：:拍航录]{2,8}?(?:融媒|日报|晚报|新闻网?|电视台|传媒|发布|报社?|网|社|台)\s*)?(?:(?:记者|通讯员|摄影)\s*)?[^\s（）()拍航录]{2,4}\s*(?:摄|供图)[)）]$|(?<=[。！？])\s*(?:融媒|全媒体)?(?:记者|通讯员|摄影)\s*[^\s，。！？]{1,8}(?:\s+[^\s，。！？]{1,8})?\s*摄[*_]*$/,
);
/** A photographer's credit: (记者 张三 摄) / 李四 供图. */
const PHOTO_CREDIT_RE =
  /^[（(]?\s*(?:记者|通讯员|摄影)\s*[^\s，。！？]{1,12}(?:\s+[^\s，。！？]{1,12})?\s*(?:摄|供图)\s*[)）]?$/;

/** A caption ending in a credit (one sentence at most, 60 characters), or a credit alone (30). */
export function isCreditLine(t: string, n: number): boolean {
  if (n <= 30 && PHOTO_CREDIT_RE.test(t)) return true;
  return n <= 60 && mayMatch(CREDIT_END_RE, t) && CREDIT_END_RE.test(t) && (t.match(/[。！？]/g)?.length ?? 0) <= 1;
}
