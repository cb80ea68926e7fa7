// Reads one uploaded file from a multipart request, with the size limit enforced while the body arrives; the
// form's text fields come along for the routes that take options with the file.
import { AppError } from "../errors";
import { assertValidChars } from "./request-guards";
import { readBodyLimited } from "./route";

const MULTIPART_OVERHEAD = 64 * 1024;

export type UploadedFile = { name: string; bytes: Uint8Array; fields: Record<string, string> };

export async function readUploadedFile(req: Request, maxFileBytes: number): Promise<UploadedFile> {
  const type = req.headers.get("content-type") ?? "";
  if (!type.startsWith("multipart/form-data")) throw new AppError("invalid_input", "请以表单方式上传文件。");
  let body: Uint8Array;
  try {
    body = await readBodyLimited(req, maxFileBytes + MULTIPART_OVERHEAD);
  } catch (err) {
    if (err instanceof AppError && err.code === "too_large") {
      throw new AppError("too_large", `文件超过 ${Math.round(maxFileBytes / 1048576)} MB 的上限，请拆分后再上传。`);
    }
    throw err;
  }
  let form: FormData;
  try {
    form = await new Response(body as BodyInit, { headers: { "content-type": type } }).formData();
  } catch {
    throw new AppError("invalid_input", "上传的数据不完整，请重新上传。");
  }
  const file = form.get("file");
  if (!file || typeof file === "string") throw new AppError("invalid_input", "没有收到文件，请重新选择文件上传。");
  if (file.size > maxFileBytes) {
    throw new AppError("too_large", `文件超过 ${Math.round(maxFileBytes / 1048576)} MB 的上限，请拆分后再上传。`);
  }
  const fields: Record<string, string> = {};
  for (const [key, value] of form) {
    // Field names, values and the file's name go through the same NUL check as every other input.
    assertValidChars(key, typeof value === "string" ? value : value.name);
    if (typeof value === "string" && !(key in fields)) fields[key] = value;
  }
  return { name: file.name || "未命名文件", bytes: new Uint8Array(await file.arrayBuffer()), fields };
}
