"use client";

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body style={{ fontFamily: "sans-serif", padding: "4rem", textAlign: "center" }}>
        <h1>系统出错了</h1>
        <p>请刷新页面重试；如果问题持续，请联系管理员。</p>
        <button onClick={reset}>重试</button>
      </body>
    </html>
  );
}
