// The speaker a title names before 在 (县长在…上的讲话), for a speech whose header has no speaker line.

// 市长在…会议上的讲话 / 张三同志在…上的讲话 / 县委书记王五在…上的讲话：the part before 在 names the speaker.
const TITLE_SPEAKER_RE =
  /^([\u4e00-\u9fff·×＊*]{2,16}?)(?:同志)?在[^，。]{2,80}?上的(?:总结|主持|动员|重要)?(?:讲话|发言|致辞|讲话稿|讲话提纲)/;

export function speakerFromTitle(title: string | null): string | null {
  if (!title) return null;
  const m = TITLE_SPEAKER_RE.exec(title.replace(/^第[一二三四五六七八九十\d]+篇[：:]?/, "").trim());
  if (!m) return null;
  const who = m[1]!;
  // A speaker has a name or a post (副市长×××), or is a placeholder (×××): not a Markdown mark (**), nor part of a
  // meeting's name (在全市…暨××) or of another speech's (在传达学习×××同志…).
  if (!/[\u4e00-\u9fff]|^×{2,3}$/.test(who)) return null;
  return /[年月日篇度]|^(?:关于|全[县市省区]|在|传达|学习|贯彻)/.test(who) ? null : who;
}
