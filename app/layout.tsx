import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "讲稿工坊", template: "%s · 讲稿工坊" },
  description: "安全生产会议讲话稿的素材库、组稿与公文格式导出",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request: its scripts need that request's CSP nonce (proxy.ts), which a page
  // prerendered at build time could not carry.
  await connection();
  return (
    <html lang="zh-CN">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
