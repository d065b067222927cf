// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import astro from "eslint-plugin-astro";

export default [
  {
    ignores: [
      "dist/",
      ".astro/",
      ".netlify/",
      "node_modules/",
      "test-results/",
      "playwright-report/",
      "bench-results/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: "readonly",
        process: "readonly",
        URL: "readonly",
        fetch: "readonly",
        document: "readonly",
        window: "readonly",
      },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["leaflet", "leaflet/*"],
              importNames: ["default"],
              message: "Import Leaflet with import() in the browser only.",
            },
          ],
        },
      ],
    },
  },
  {
    // src/lib is shared by pages and functions: it must not know its host.
    files: ["src/lib/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["astro", "astro/*", "astro:*", "@netlify/*", "../../views/*", "../../pages/*"],
              message: "src/lib knows nothing of its host: use zod itself, not astro/zod.",
            },
          ],
        },
      ],
      "no-restricted-globals": [
        "error",
        { name: "process", message: "Pass configuration in; src/lib reads no environment." },
      ],
    },
  },
  {
    // The functions run without Astro: they share src/lib, never Astro's modules.
    files: ["netlify/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [{ group: ["astro", "astro/*", "astro:*"], message: "Netlify Functions run without Astro." }],
        },
      ],
    },
  },
];
