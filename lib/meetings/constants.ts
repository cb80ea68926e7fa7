// Choices the meeting and speech forms offer, kept apart from the zod schemas so that the browser's bundles do
// not carry the validation library for a few lists.
export const MEETING_TYPES = [
  "季度例会",
  "安委会全体会议",
  "安全生产工作会议",
  "专项部署会",
  "安全生产月启动仪式",
  "警示教育大会",
  "其他",
] as const;

/** Administrative levels (the corpus uses the same words). */
export const MEETING_LEVELS = ["县/区", "市", "省", "乡镇/街道", "企业"] as const;

/** Lengths of a meeting's fields (the form's limits and the schemas'). */
export const MAX_MEETING_TITLE = 200;
export const MAX_SHORT_FIELD = 50;
export const MAX_AUDIENCE = 200;
export const MAX_LOCATION = 100;

/** The kinds of speech given at a meeting. */
export const SPEECH_KINDS = ["主要讲话", "主持词", "表态发言", "其他"] as const;
