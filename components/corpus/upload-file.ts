// Uploads one file (with optional text fields) with XMLHttpRequest, which (unlike fetch) reports upload progress.
export type UploadOutcome<T> = { ok: true; data: T } | { ok: false; message: string };

export function uploadFile<T>(
  url: string,
  file: File,
  onProgress: (fraction: number) => void,
  fields: Record<string, string> = {},
): Promise<UploadOutcome<T>> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.responseType = "json";
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onload = () => {
      const body = xhr.response as { error?: { message?: string } } | null;
      if (xhr.status >= 200 && xhr.status < 300) resolve({ ok: true, data: body as T });
      else resolve({ ok: false, message: body?.error?.message ?? `上传失败（${xhr.status}），请重试。` });
    };
    xhr.onerror = () => resolve({ ok: false, message: "网络中断，上传失败，请重试。" });
    const form = new FormData();
    form.append("file", file);
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    xhr.send(form);
  });
}
