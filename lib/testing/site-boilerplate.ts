/** Strings of the sample corpus's site chrome that no mined block may keep (the corpus and the CLI tests check it). */
export const SITE_BOILERPLATE = [
  "www.zciku.com",
  "来源：网络",
  "[bookmark",
  "关灯",
  "复制链接",
  "发表于",
  "您需要登录",
  "备案号",
  "Copyright",
  "老秘网",
  "Email",
];
