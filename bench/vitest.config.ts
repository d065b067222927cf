import { defineConfig } from "vitest/config";

// Benchmarks run on their own (`npm run bench`), never with the unit tests.
export default defineConfig({
  test: {
    include: ["bench/**/*.bench.ts"],
    environment: "node",
    testTimeout: 120_000,
  },
});
