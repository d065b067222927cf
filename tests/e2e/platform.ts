/**
 * The local platform the browser tests run on: its own port, its own Blobs store (emptied when it starts)
 * and its own tokens, so the tests never touch the store, settings or server that `npm start` uses.
 * These tokens open only that test server on this machine.
 */
import { join } from "node:path";

/** Where the test server listens; E2E_PORT lets several checkouts run their browser tests side by side. */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4322);

/** The test server's Blobs store, apart from `npm start`'s `.netlify/blobs-serve/`. */
export const E2E_STORE = join(".netlify", "blobs-e2e");

/** The moderator's name (audit lines say "Approved by alex") and token on the test server. */
export const MODERATOR_NAME = "alex";
export const MODERATOR_TOKEN = "e2e-moderator-token-0123456789";

/** The coordinator's name (audit lines say "Matched by sam") and token on the test server. */
export const COORDINATOR_NAME = "sam";
export const COORDINATOR_TOKEN = "e2e-coordinator-token-0123456789";

/** The settings the test server runs with, instead of any in .env. */
export const E2E_ENV: Record<string, string> = {
  MODERATOR_TOKENS: `${MODERATOR_NAME}:${MODERATOR_TOKEN}`,
  COORDINATOR_TOKENS: `${COORDINATOR_NAME}:${COORDINATOR_TOKEN}`,
  FORM_SECRET: "e2e-form-secret-that-signs-the-test-forms",
  // Every browser test submits from one address; the per-client limit has its own function tests.
  SUBMISSIONS_PER_CLIENT: "1000",
  // Approving rebuilds this server's own site, and no message leaves the outbox, whatever the shell has set.
  BUILD_HOOK_URL: `http://localhost:${E2E_PORT}/__local/build-hook`,
  POSTMARK_SERVER_TOKEN: "",
  MAIL_FROM: "",
};
