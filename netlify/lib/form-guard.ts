/**
 * The checks every public form shares before its fields are read: the honeypot, the signed fill time, and
 * how many forms one client has sent lately.
 */
import { HttpError } from "./http";
import { MINIMUM_FILL_MS, checkFormStart, hashFor, signFormStart } from "./security";

/**
 * Refuses a form a bot sent: one that filled the hidden `nickname` field, or was sent faster than a person
 * could read it, or carries a forged start time. A bot gets the same answer as a person who made a
 * mistake, and nothing is stored. A form opened too long ago is refused with a kind word: the form comes
 * back with what was typed and a fresh start time, ready to send again.
 */
export function refuseBotForm(
  values: Record<string, string | string[] | undefined>,
  secret: string,
  now: Date,
  minimumFillMs = MINIMUM_FILL_MS,
): void {
  const formStarted = typeof values["formStarted"] === "string" ? values["formStarted"] : "";
  const nickname = values["nickname"];
  const fill = checkFormStart(formStarted, secret, now, minimumFillMs);
  if ((typeof nickname === "string" && nickname !== "") || fill === "invalid" || fill === "too-fast") {
    throw new FormRefusedError();
  }
  if (fill === "expired") throw new FormExpiredError(signFormStart(secret, now));
}

/** A form a bot sent, or sent too fast: refused with the words a person who made a mistake is given. */
export class FormRefusedError extends HttpError {
  constructor() {
    super(400, "We could not accept this form. Please wait a moment and send it again.");
  }
}

/** A form opened too long ago: refused kindly, with a fresh start time for a script to send it again with. */
export class FormExpiredError extends HttpError {
  constructor(readonly freshStart: string) {
    super(400, FORM_EXPIRED_MESSAGE);
  }
}

/** What a person is told when they send a form opened over two hours before (FORM_START_LIFETIME_MS). */
export const FORM_EXPIRED_MESSAGE =
  "This form was opened more than two hours ago, so for your security it needs sending again. Everything you typed is still here: check it, then send it.";

/** How far back the forms one client sent are counted. */
export const CLIENT_WINDOW_MS = 10 * 60 * 1000;

/**
 * Refuses with 429 a client that has sent more than `limit` forms of one kind (`what`, e.g. "reports")
 * within CLIENT_WINDOW_MS, asking them to wait that long.
 */
export function refuseOverClientLimit(recent: number, limit: number, what: string): void {
  if (recent > limit) throw new TooManyFormsError(what);
}

/** More forms of one kind (`what`) from one client than CLIENT_WINDOW_MS allows: 429, asking them to wait. */
export class TooManyFormsError extends HttpError {
  constructor(readonly what: string) {
    super(429, `You have sent several ${what} in the last few minutes. Please wait ten minutes.`, {
      "retry-after": String(CLIENT_WINDOW_MS / 1000),
    });
  }
}

/** What admitting a public form needs: the secret and clock, the client, and how its recent forms are counted. */
export interface Admission {
  secret: string;
  now: Date;
  minimumFillMs?: number | undefined;
  /** The client's address, as the platform gives it. */
  ip: string | undefined;
  /** Records this form and says how many the client (by its hash) sent within CLIENT_WINDOW_MS. */
  count: (clientHash: string, now: Date, windowMs: number) => Promise<number>;
  limit: number;
  /** What the forms are, in the 429 answer: "events", "requests", "reports". */
  what: string;
}

/**
 * The checks every public form passes before its answers are read, in order: not a bot's, and within the
 * client's limit. Throws the answer to give (400 or 429); returns the client's keyed hash.
 */
export async function admitPublicForm(
  values: Record<string, string | string[] | undefined>,
  admission: Admission,
): Promise<string> {
  refuseBotForm(values, admission.secret, admission.now, admission.minimumFillMs);
  const clientHash = hashFor(admission.secret, "ip", admission.ip || "unknown");
  const recent = await admission.count(clientHash, admission.now, CLIENT_WINDOW_MS);
  refuseOverClientLimit(recent, admission.limit, admission.what);
  return clientHash;
}
