// The Chinese messages of speech versions.
import { AppError } from "../../errors";

export const VERSION_MSG = {
  notFound: "该版本不存在或已被删除，请刷新后重试。",
  nothingToPutBack: "这一处没有可放回的原段，请刷新对照结果后重试。",
} as const;

export const versionNotFound = () => new AppError("not_found", VERSION_MSG.notFound);
