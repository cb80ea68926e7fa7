// How the audit log reads in Chinese: a label for every action the app writes, and its details as short
// "名称：值" lines. Pure (no database): shared by the audit page and its tests.

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
  FINAL: "定稿",
};

const MAX_TEXT = 60;

function valueText(value: unknown, depth: number): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "boolean") return value ? "是" : "否";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") {
    const label = VALUE_LABELS[value] ?? value;
    return label.length > MAX_TEXT ? `${label.slice(0, MAX_TEXT)}…` : label;
  }
  if (Array.isArray(value)) return value.map((v) => valueText(v, depth + 1)).join("、") || "—";
  if (depth > 1) return "…";
  const parts = Object.entries(value as Record<string, unknown>).map(
    ([k, v]) => `${KEY_LABELS[k] ?? k}：${valueText(v, depth + 1)}`,
  );
  return parts.length ? `（${parts.join("；")}）` : "—";
}

/** The details of an entry as lines "名称：值", nested objects inline, long texts cut, codes in Chinese. */
export function describeAuditDetails(details: unknown): string[] {
  if (details === null || details === undefined) return [];
  if (typeof details !== "object" || Array.isArray(details)) return [valueText(details, 0)];
  return Object.entries(details as Record<string, unknown>).map(
    ([k, v]) => `${KEY_LABELS[k] ?? k}：${valueText(v, 1).replace(/^（(.*)）$/, "$1")}`,
  );
}
