// How the audit log reads in Chinese: a label for every action the app writes, and its details as short
// "名称：值" lines. Pure (no database): shared by the audit page and its tests.
import { FONT_SET_LABELS, PAGE_NUMBER_LABELS } from "../export/options";
import { OUTLINE_TEMPLATES } from "../speeches/templates";

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  "auth.login": "登录",
  "auth.login_failed": "登录失败",
  "auth.login_locked": "登录锁定（需等待）",
  "auth.login_throttled": "等待期间登录被拒",
  "auth.lock_cleared": "解除登录等待",
  "auth.logout": "退出登录",
  "user.create": "添加用户",
  "user.update": "修改用户",
  "user.disable": "停用用户",
  "user.enable": "启用用户",
  "user.reset_password": "管理员重置密码",
  "user.change_password": "修改本人密码",
  "user.change_password_failed": "修改密码失败",
  "user.case_clash": "用户名仅大小写不同（升级前已有）",
  "block.create": "新建素材",
  "block.update": "编辑素材",
  "block.curate": "更改整理状态",
  "block.hide": "隐藏或恢复素材",
  "block.merge": "合并素材",
  "block.split": "拆分素材",
  "block.revert": "撤销素材修改",
  "block.favourite": "收藏素材",
  "block.unfavourite": "取消收藏",
  "corpus.import": "导入语料",
  "corpus.undo_import": "撤销导入",
  "corpus.review_edit": "修改待检查文件的分段或类别",
  "corpus.review_confirm": "待检查文件确认入库",
  "corpus.review_discard": "放弃待检查文件",
  "meeting.create": "新建会议",
  "meeting.update": "修改会议",
  "meeting.delete": "删除会议",
  "speech.create": "新建讲话稿",
  "speech.update": "修改讲话稿信息",
  "speech.delete": "删除讲话稿",
  "speech.export": "导出讲话稿",
  "speech.status": "更改讲话稿状态",
  "speech.finalise": "讲话稿定稿",
  "speech.reopen": "重新打开定稿",
  "speech.version": "保存讲话稿版本",
  "speech.restore": "恢复讲话稿版本",
  "speech.put_back": "放回讲话稿旧版本的一段",
  "template.create": "保存提纲模板",
  "template.delete": "删除提纲模板",
};

/** The label of an action; an action without one (written by a newer version) shows as it is stored. */
export const auditActionLabel = (action: string) => AUDIT_ACTION_LABELS[action] ?? action;

export const AUDIT_TARGET_LABELS: Record<string, string> = {
  user: "用户",
  block: "素材",
  speech: "讲话稿",
  template: "提纲模板",
  meeting: "会议",
  import: "导入批次",
  import_file: "导入文件",
};

const KEY_LABELS: Record<string, string> = {
  reason: "原因",
  failures: "连续失败次数",
  scope: "范围",
  retryAfterSeconds: "需等待（秒）",
  waitSeconds: "等待（秒）",
  locksCleared: "解除的登录等待",
  pairs: "解除的登录等待",
  sessionsEnded: "退出的其他会话",
  via: "途径",
  username: "用户名",
  sameAs: "同名账号",
  displayName: "姓名",
  role: "角色",
  disabled: "停用",
  before: "修改前",
  after: "修改后",
  change: "修改内容",
  format: "格式",
  version: "版本",
  title: "标题",
  text: "内容",
  hidden: "隐藏",
  curated: "已整理",
  files: "文件数",
  imported: "已导入",
  duplicates: "重复文件",
  failed: "失败",
  review: "待检查",
  discarded: "已放弃",
  importedToCheck: "入库但需要检查",
  file: "文件",
  speeches: "讲话",
  blocks: "素材",
  blocksUsed: "引用的素材",
  status: "状态",
  name: "名称",
  speechId: "讲话稿编号",
  headings: "标题数",
  // corpus imports and their undo
  newBlocks: "新素材",
  exactRepeats: "完全重复",
  nearDuplicates: "近似重复",
  removed: "清除的杂质",
  restored: "还原的缩写",
  byCategory: "各类别段落数",
  documentsRemoved: "删除的文件",
  documentsKept: "保留的文件",
  blocksRemoved: "删除的素材",
  blocksKeptInUse: "因被讲话稿引用而保留的素材",
  filesCancelled: "取消的文件",
  // blocks
  parts: "拆成段数",
  newBlockIds: "新素材编号",
  absorbedId: "被合并的素材编号",
  sources: "来源",
  usages: "引用",
  skippedUsages: "未转移的引用",
  favourites: "收藏",
  revisionId: "撤销的修改编号",
  revertedAction: "撤销的操作",
  categoryId: "类别编号",
  category: "类别",
  confidence: "分类把握",
  tags: "标签",
  kind: "类型",
  level: "层级",
  // speeches, exports and versions
  from: "来源",
  template: "提纲模板",
  templateId: "我的模板编号",
  fileName: "文件名",
  order: "第几篇",
  meetingId: "会议编号",
  speaker: "讲话人",
  date: "日期",
  versionId: "版本编号",
  row: "段落",
  to: "至",
  fontSet: "字体",
  pageNumbers: "页码",
  speakerLine: "印讲话人和日期",
  draftMark: "版头标注",
  shapeKey: "结构",
  corpusSpeechId: "语料讲话编号",
};

const VALUE_LABELS: Record<string, string> = {
  unknown_user: "用户名不存在",
  wrong_password: "密码错误",
  disabled: "账号已停用",
  throttled: "等待期间被拒",
  password_reset: "管理员重置了密码",
  password_change: "修改密码时输错当前密码",
  pair: "该用户名在此地址",
  address: "此网络地址",
  ADMIN: "管理员",
  EDITOR: "编辑",
  VIEWER: "只读",
  DRAFT: "草稿",
  REVIEW: "审阅",
  FINAL: "定稿",
  PARAGRAPH: "段落",
  HEADING: "小标题",
  // what a revert undid, and where a speech came from
  update: "编辑",
  curate: "更改整理状态",
  hide: "隐藏或恢复",
  merge: "合并",
  split: "拆分",
  create: "新建",
  empty: "空白",
  template: "提纲模板",
  "saved-template": "我的模板",
  mined: "语料中的常见结构",
  corpus: "语料讲话",
  speech: "已有讲话稿",
  import: "导入文件",
  docx: "Word 文档",
  txt: "纯文本",
  "docx-tracked": "修订对照 Word 文档",
  ...FONT_SET_LABELS,
  ...PAGE_NUMBER_LABELS,
  ...Object.fromEntries(OUTLINE_TEMPLATES.map((t) => [t.key, t.label])),
};

/** A key naming an id (categoryId, newBlockIds): the id is for support, shortened to its first characters. */
const ID_KEY = /Ids?$/;
const SHORT_ID = 8;

const MAX_TEXT = 60;

// Own properties only: a value such as "constructor" is text, not Object.prototype's.
const keyLabel = (k: string) => (Object.hasOwn(KEY_LABELS, k) ? KEY_LABELS[k]! : k);
const valueLabel = (v: string) => (Object.hasOwn(VALUE_LABELS, v) ? VALUE_LABELS[v]! : v);

function valueText(value: unknown, depth: number, idKey = false): string {
  if (value === null || value === undefined) return "—";
  if (idKey && typeof value === "string" && value.length > SHORT_ID) return `${value.slice(0, SHORT_ID)}…`;
  if (typeof value === "boolean") return value ? "是" : "否";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") {
    const label = valueLabel(value);
    return label.length > MAX_TEXT ? `${label.slice(0, MAX_TEXT)}…` : label;
  }
  if (Array.isArray(value)) return value.map((v) => valueText(v, depth + 1, idKey)).join("、") || "—";
  if (depth > 1) return "…";
  const parts = Object.entries(value as Record<string, unknown>).map(
    ([k, v]) => `${keyLabel(k)}：${valueText(v, depth + 1, ID_KEY.test(k))}`,
  );
  return parts.length ? `（${parts.join("；")}）` : "—";
}

/** The details of an entry as lines "名称：值", nested objects inline, long texts cut, codes in Chinese. */
export function describeAuditDetails(details: unknown): string[] {
  if (details === null || details === undefined) return [];
  if (typeof details !== "object" || Array.isArray(details)) return [valueText(details, 0)];
  return Object.entries(details as Record<string, unknown>).map(
    ([k, v]) => `${keyLabel(k)}：${valueText(v, 1, ID_KEY.test(k)).replace(/^（(.*)）$/, "$1")}`,
  );
}
