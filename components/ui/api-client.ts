// Browser-side calls to our route handlers. Every failure becomes an Error with a Chinese message.
export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code?: string,
  ) {
    super(message);
  }
}

export async function api<T = unknown>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method: init.method ?? (init.body === undefined ? "GET" : "POST"),
      headers: init.body === undefined ? undefined : { "Content-Type": "application/json" },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      credentials: "same-origin",
    });
  } catch {
    throw new ApiError("无法连接服务器，请检查网络后重试。", 0);
  }
  const data = await res.json().catch(() => null);
  if (!res.ok) {
    const message = data?.error?.message ?? `请求失败（${res.status}），请稍后重试。`;
    throw new ApiError(message, res.status, data?.error?.code);
  }
  return data as T;
}
