// What an app leaves in a copied article where it showed something the copy cannot carry: （此处已添加小程序，请到今日
// 头条客户端查看）, （此处为视频，请在APP内观看）. A whole line in brackets that sends the reader to the app.
const APP_PLACEHOLDER_RE =
  /^[（(]此处(?:已添加|已插入|为|有|是)?[^（）()。]{0,10}[，,]\s*请(?:到|在|前往|打开)[^（）()。]{0,16}(?:客户端|APP|App|app|应用)[^（）()。]{0,6}(?:查看|观看|收听|阅读|使用)[）)]$/;

/** Marks such placeholders. */
export function markAppPlaceholders(texts: string[], verdict: (string | null)[]): void {
  texts.forEach((t, i) => {
    if (!verdict[i] && APP_PLACEHOLDER_RE.test(t.trim())) verdict[i] = "APP占位提示";
  });
}
