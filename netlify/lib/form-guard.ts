/** The check every public form shares before its fields are read: the honeypot and the signed fill time. */
import { HttpError } from "./http";
import { checkFormStart } from "./security";

/**
 * Refuses a form a bot sent: one that filled the hidden `nickname` field, or was sent faster than a person
 * could read it, or carries a forged start time. A bot gets the same answer as a person who made a
 * mistake, and nothing is stored.
 */
export function refuseBotForm(
  values: Record<string, string | string[] | undefined>,
  secret: string,
  now: Date,
  minimumFillMs = 3_000,
): void {
  const formStarted = typeof values["formStarted"] === "string" ? values["formStarted"] : "";
  const nickname = values["nickname"];
  const fill = checkFormStart(formStarted, secret, now, minimumFillMs);
  if ((typeof nickname === "string" && nickname !== "") || fill === "invalid" || fill === "too-fast") {
    throw new HttpError(400, "We could not accept this form. Please wait a moment and send it again.");
  }
}
