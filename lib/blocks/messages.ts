// The Chinese messages curation errors carry (tests and the UI match on some of them).
import { AppError } from "../errors";

export const MSG = {
  versionConflict: "该素材已被他人修改，请刷新后再试。",
  changedSince: "该修改之后素材又被改动过，无法直接撤销。",
  mergedAway: "该素材已并入其他素材，请到合并后的素材上操作。",
  alreadyReverted: "这项修改已经撤销过了。",
  notRevertible: "这项记录无法撤销。",
  revisionNotFound: "找不到这条修改记录，可能素材已被删除。",
  unknownCategory: "所选类别不存在，请刷新后重新选择。",
  categoryGone: "原来的类别已被删除，无法直接撤销。",
  sameText: "素材库中已有内容相同的素材（只差标点或空格也算相同），不能再有第二条。如果两条说的是一回事，请用“合并”。",
} as const;

export const conflict = (message: string) => new AppError("conflict", message);
export const invalid = (message: string) => new AppError("invalid_input", message);
