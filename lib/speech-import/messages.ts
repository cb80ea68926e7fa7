// The Chinese messages of the speech import (tests and the upload dialog match on some of them). Size, empty file,
// unreadable .docx and binary data are refused by the mining decoder with its own messages.
export const IMPORT_MSG = {
  unsupported:
    "只能导入 Word 文档（.docx）或纯文本文件（.txt）。.doc、.wps、PDF 等请先在 Word 或 WPS 中另存为 .docx 后再导入。",
  noSpeech: "文件中没有找到讲话内容（可能全是网页杂质或格式不对），请检查文件后重试。",
  corpusForbidden: "您没有导入素材库的权限，请取消勾选“同时导入素材库”后重试，或联系管理员。",
  noFile: "请选择要导入的讲话稿文件（.docx 或 .txt）。",
} as const;

/** The file is not speech material at all (a configuration file, a program, a table): the miner says why. */
export const notSpeechFile = (reason: string) =>
  `这个文件看起来不是讲话稿：${reason}。请选择讲话稿的 Word 文档（.docx）或纯文本文件（.txt）。`;

/** Asked for the n-th speech of a file that holds fewer. */
export const noSuchSpeech = (count: number) =>
  count === 1 ? "该文件中只有 1 篇讲话。" : `该文件中只有 ${count} 篇讲话，请选择第 1 至第 ${count} 篇。`;
