// The speech document: the ProseMirror/Tiptap JSON the composer edits and the server stores in Speech.content.
// Shared by the editor (components/composer), the API's validation, usage recording, numbering, export.
// Headings store only their level; their numbers (一、/（一）/1.) are computed by numbering.ts, never stored.

export const NODE = {
  doc: "doc",
  title: "speechTitle",
  byline: "speakerLine",
  salutation: "salutation",
  heading: "heading",
  paragraph: "paragraph",
  text: "text",
} as const;

export const VARIABLE_MARK = "variable";

/** Speech variables: filling one fills every occurrence, and changing it later changes them all. */
export const VARIABLE_KEYS = ["unit", "meetingName", "date", "place", "speakerTitle"] as const;
export type VariableKey = (typeof VARIABLE_KEYS)[number];
export const VARIABLE_LABELS: Record<VariableKey, string> = {
  unit: "单位/县名",
  meetingName: "会议名称",
  date: "日期",
  place: "地点",
  speakerTitle: "讲话人职务",
};

export type VariableMark = { type: typeof VARIABLE_MARK; attrs: { name: VariableKey } };
export type TextNode = { type: "text"; text: string; marks?: VariableMark[] };

/** Provenance of a paragraph inserted from the library: which block, which version, and a hash of the text as
 * inserted (so the margin mark can tell whether the clerk has changed it since). All null for typed text. */
export type ParagraphAttrs = {
  blockId: string | null;
  blockVersion: number | null;
  sourceHash: string | null;
};

export type HeadingLevel = 1 | 2 | 3;

export type TitleNode = { type: "speechTitle"; content?: TextNode[] };
export type BylineNode = { type: "speakerLine"; content?: TextNode[] };
export type SalutationNode = { type: "salutation"; content?: TextNode[] };
export type HeadingNode = { type: "heading"; attrs: { level: HeadingLevel }; content?: TextNode[] };
export type ParagraphNode = { type: "paragraph"; attrs?: Partial<ParagraphAttrs>; content?: TextNode[] };

export type SpeechNode = TitleNode | BylineNode | SalutationNode | HeadingNode | ParagraphNode;
export type SpeechDoc = { type: "doc"; content: SpeechNode[] };

/** Numbering styles a level may use; the speech's settings choose one per level. */
export const NUMBERING_STYLES = ["cn-dun", "cn-paren", "arabic-dot", "arabic-paren", "di-cn"] as const;
export type NumberingStyle = (typeof NUMBERING_STYLES)[number];
export const NUMBERING_STYLE_LABELS: Record<NumberingStyle, string> = {
  "cn-dun": "一、",
  "cn-paren": "（一）",
  "arabic-dot": "1.",
  "arabic-paren": "（1）",
  "di-cn": "第一，",
};

export type SpeechSettings = {
  /** Style of heading levels 1, 2 and 3. */
  numbering: [NumberingStyle, NumberingStyle, NumberingStyle];
  /** Speaking rate for the time estimate. */
  charsPerMinute: number;
  /** Target length: characters or minutes (either may be null). */
  targetChars: number | null;
  targetMinutes: number | null;
  variables: Partial<Record<VariableKey, string>>;
  /** Reuse warning: the speaker's last N meetings, or uses within M months. */
  reuseMeetings: number;
  reuseMonths: number;
};

export const DEFAULT_SETTINGS: SpeechSettings = {
  numbering: ["cn-dun", "cn-paren", "arabic-dot"],
  charsPerMinute: 220,
  targetChars: null,
  targetMinutes: null,
  variables: {},
  reuseMeetings: 3,
  reuseMonths: 12,
};

export const EMPTY_DOC: SpeechDoc = {
  type: "doc",
  content: [
    { type: "speechTitle" },
    { type: "speakerLine" },
    { type: "salutation", content: [{ type: "text", text: "同志们：" }] },
    { type: "paragraph" },
  ],
};

/** Limits at the API boundary. */
export const MAX_SPEECH_CHARS = 200_000;
export const MAX_SPEECH_NODES = 5_000;
