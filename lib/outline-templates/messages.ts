// The Chinese messages outline template errors carry (tests and the UI match on some of them).
export const TEMPLATE_MSG = {
  notFound: "提纲模板不存在或已被删除。",
  notYours: "只能删除自己保存的提纲模板；管理员可以删除任何模板。",
  noHeadings: "这篇讲话稿还没有标题，没有可保存的提纲。先用“一级标题”设置几个标题再保存。",
  tooManyHeadings: "提纲的标题过多（最多 200 个），请精简后再保存。",
  minedGone: "语料中已没有采用这一结构的讲话（语料可能刚被修改），请重新选择。",
} as const;
