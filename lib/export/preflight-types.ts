// What the pre-export check reports: one issue per problem, with where it is (for the jump link), what is wrong and
// how to fix it. Shared by the check (lib/export/preflight*.ts) and the list the export dialog shows.

export const PREFLIGHT_KINDS = [
  "empty-title",
  "placeholder",
  "typed-number",
  "lone-heading",
  "skipped-level",
  "empty-heading",
  "empty-section",
  "ascii-punctuation",
  "halfwidth-quote",
  "length",
] as const;
export type PreflightKind = (typeof PREFLIGHT_KINDS)[number];

/** Group titles in the export dialog, in the order of PREFLIGHT_KINDS. */
export const PREFLIGHT_KIND_LABELS: Record<PreflightKind, string> = {
  "empty-title": "标题为空",
  placeholder: "未填写的空白",
  "typed-number": "手工输入的编号",
  "lone-heading": "只有一项的小标题",
  "skipped-level": "标题跳级",
  "empty-heading": "空的小标题",
  "empty-section": "没有正文的部分",
  "ascii-punctuation": "半角标点",
  "halfwidth-quote": "半角引号",
  length: "篇幅",
};

/** Warnings are likely mistakes in the printed file; info is worth a look but often deliberate. */
export type PreflightSeverity = "warning" | "info";

export type PreflightIssue = {
  kind: PreflightKind;
  severity: PreflightSeverity;
  /** Index of the node in doc.content (the jump link's target); null for the whole speech (its length). */
  nodeIndex: number | null;
  /** UTF-16 offset and length inside the node's text, where the issue is a span of it. */
  offset?: number;
  length?: number;
  /** The flagged text (lets a fix check that the text is still there). */
  text?: string;
  /** Where, in the clerk's terms: 标题, 讲话人, 称呼, 二、（三）第2段, 二、（三）小标题, 全文. */
  where: string;
  message: string;
  /** How to fix it. */
  fix: string;
  /** The text to put in place of `text` (full-width punctuation), when a one-click fix is safe. */
  replacement?: string;
};
