import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: [
      "src/**/*.test.ts",
      "netlify/**/*.test.ts",
      "scripts/**/*.test.ts",
      "tests/unit/**/*.test.ts",
      "tests/functions/**/*.test.ts",
    ],
    environment: "node",
    // `vitest run` otherwise leaves a core free, which on a two-core machine runs the files one at a time.
    maxWorkers: "100%",
    // Each worker runs file after file instead of starting afresh for each (about a second a file here): the
    // tests keep no state between files (stubbed globals are restored after each file that sets them).
    isolate: false,
  },
});
