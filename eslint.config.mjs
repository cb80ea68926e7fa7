import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const dbImports = {
  patterns: [
    {
      group: ["@/lib/db/*", "**/lib/db/*", "@prisma/client", "@prisma/*"],
      message: "数据库只能在 lib/ 的用例模块中访问：请调用 lib/ 中的函数。",
    },
  ],
};

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      "node_modules/**",
      ".next/**",
      ".data/**",
      "lib/db/generated/**",
      "test-results/**",
      "playwright-report/**",
      "next-env.d.ts",
    ],
  },
  // The domain boundary: Prisma is called only from lib/.
  {
    files: ["app/**", "components/**", "proxy.ts"],
    rules: { "no-restricted-imports": ["error", dbImports] },
  },
  // lib/ holds plain modules: no React and no Next.js.
  {
    files: ["lib/**"],
    ignores: ["lib/db/generated/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["next", "next/*", "react", "react-dom", "@/components/*"],
              message: "lib/ 不依赖 React 或 Next.js。",
            },
          ],
        },
      ],
    },
  },
  // Playwright fixtures call `use`, which is not React's hook.
  { files: ["e2e/**"], rules: { "react-hooks/rules-of-hooks": "off" } },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
];

export default config;
