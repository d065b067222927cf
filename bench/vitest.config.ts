import { defineConfig } from "vitest/config";

// Benchmarks run on their own (`npm run bench`), never with the unit tests.
export default defineConfig({
  test: {
    include: ["bench/**/*.bench.ts"],
    environment: "node",
    testTimeout: 120_000,
    // Timed benches take turns, so no bench's figures include another's work on the same cores.
    fileParallelism: false,
  },
});
