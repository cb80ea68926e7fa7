// The labels of a summary set above a text (noise-page-furniture.ts takes what lies between them): where the summary
// starts (【内容摘要】, ✦ AI摘要, a 文库's AI 速读 box) and where the text or its preview starts (正文：, the AI notice).
// A summary's label: 【内容摘要】 / 摘要： / ✦ AI摘要 / 【AI总结】 / ✦ AI智能总结 (a reader's AI summary included).
export const SUMMARY_HEAD_RE =
  /^[^\p{L}\p{N}]{0,2}(?:[【\[](?:(?:AI|智能|文档)?(?:内容摘要|内容提要|摘要|导读|提要|内容简介|简介)|(?:AI|智能)\s*(?:总结|速览|速读|概要|概述))[】\]]|(?:(?:AI|智能)\s*(?:生成的?)?\s*(?:文档|文章|全文)?|文档|课程|专题)?(?:内容摘要|内容提要|摘要|导读|提要|内容简介|简介)\s*[：:]?$|(?:AI\s*智能|AI|智能)\s*(?:总结|速览|概要|概述)\s*[：:]?$)/u;
// 正文： / 【讲话全文】 / 文档预览 / *以上内容由AI生成，仅供参考 / 本文由AI辅助生成摘要: where the text (or its preview) starts.
export const TEXT_HEAD_RE =
  /^(?:[【\[]?(?:正文|文档预览|正文预览|全文预览|学习材料|阅读材料)[】\]]?\s*[：:]?$|[*＊※]?\s*(?:以上内容|本文|本摘要|摘要)由\s*AI|[—\-–\s]*以下(?:为|是)(?:本文档?|文档)?(?:全文|正文)[—\-–\s]*$)/;
/** 【讲话全文】 / 全文: ends the summary only above the speech's salutation (a 全文 toggle inside the speech does not). */
export const FULL_TEXT_RE = /^[【\[]?(?:讲话|报告|发言)?全文[】\]]?\s*[：:]?$/;
/** *以上内容由AI生成，仅供参考: the notice under an AI box. */
export const AI_NOTICE_RE = /^[*＊※]?\s*(?:以上内容|本文|本摘要|摘要)由\s*AI/;
/** AI 速读 / ✨ AI速读 · 约1分钟读完: a 文库 reader's AI box, its label bare; a speech that lists a platform's features
 *  may name one 智能速读 too, so the box is taken only down to its AI notice. */
export const SPEED_READ_RE =
  /^[^\p{L}\p{N}]{0,2}(?:AI\s*智能|AI|智能)\s*速读\s*(?:[·•|｜]\s*约?\s*\d{1,2}\s*分钟\S{0,3})?\s*[：:]?$/u;

/** 摘要：本文系…的讲话，分析了… — a summary on its label's line; an app's AI summary so (AI速览｜…, AI摘要：…). */
export const INLINE_SUMMARY_RE =
  /^(?:[【\[](?:内容)?摘\s*要[】\]]\s*[：:]?|(?:内容)?摘\s*要\s*[：:]|(?:AI\s*(?:智能)?|智能)\s*(?:摘要|速览|速读|总结|概要|导读)\s*[：:｜|])\s*[^\s：:]/i;
