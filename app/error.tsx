"use client";

import Link from "next/link";

// Shown when a page fails to render. The technical message stays in the server log; the digest lets an
// administrator find it there.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto flex min-h-[70vh] max-w-lg flex-col items-center justify-center px-6 text-center">
      <h1 className="text-2xl font-semibold">页面出错了</h1>
      <p className="mt-2 text-stone-600">
        加载此页面时出现问题，您的已保存内容不受影响。请点击“重试”；如果问题持续，请联系管理员
        {error.digest ? `（错误编号 ${error.digest}）` : ""}。
      </p>
      <div className="mt-6 flex gap-3">
        <button onClick={reset} className="rounded-md bg-brand-600 px-4 py-2 text-white hover:bg-brand-700">
          重试
        </button>
        <Link href="/" className="rounded-md border border-stone-300 px-4 py-2 hover:bg-stone-100">
          返回首页
        </Link>
      </div>
    </main>
  );
}
