import { availableParallelism } from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(import.meta.dirname) };

export default defineConfig({
  resolve: { alias },
  test: {
    // One test file per core (Vitest's default leaves one core free): on a two-core machine the classifier's
    // cross-validation, which runs on threads of its own for minutes, would otherwise hold up every other unit file.
    // The integration files still run one at a time (fileParallelism below).
    maxWorkers: availableParallelism(),
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "tests/unit/**/*.test.ts", "scripts/**/*.test.ts"],
          environment: "node",
          // Files share a worker's modules instead of each importing the miner's few hundred anew: the unit run
          // took three times as long isolated, almost all of it in imports. No test file mocks a module or
          // leaves a global changed (the two that set an environment variable put it back).
          isolate: false,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/support/global-setup.ts"],
          setupFiles: ["tests/support/setup-env.ts"],
          // Files share one database; each test creates its own uniquely named data.
          fileParallelism: false,
          // As for the unit files: the modules are imported once, not once per file. A file that points db() at a
          // database of its own puts it back (tests/support/isolated-database.ts); one disconnected after a file
          // connects again on its next query.
          isolate: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
