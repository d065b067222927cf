/**
 * The frame every public form function shares (an event submission, a buddy-up request, a report): the
 * posted form is read, the function's own steps run, and a refusal becomes the answer its sender can use.
 * A script gets JSON naming each field (and, for a form opened too long ago, a fresh start time to send it
 * with); a browser gets the form page again, holding what was typed, with the problems listed or a plain
 * notice, and a fresh start time; when that page cannot be drawn, the plain error.
 */
import { FormExpiredError } from "./form-guard";
import { html, HttpError, json, jsonError, readPostedForm, toErrorResponse, wantsJson } from "./http";

/** What a posted form holds: each field's text, or a list for a repeated name. */
export type PostedValues = Record<string, string | string[]>;

/** A problem with one field, in the words shown beside it. */
export interface FieldMessage {
  field: string;
  message: string;
}

/** Problems with named fields: the form again with each one beside its field (400, or 409 for a clash). */
export class FieldProblems<P extends FieldMessage = FieldMessage> extends Error {
  constructor(
    readonly problems: readonly P[],
    readonly status = 400,
  ) {
    super("Some answers need changing.");
  }
}

/**
 * Refusals a person can act on, answered with the form again rather than a bare error: a mistake, a clash,
 * too many sent, or the store out of reach for now (nothing was saved; send it again later).
 */
const FORM_AGAIN = new Set([400, 409, 429, 503]);

/** One public form: its size limit, its steps, and how its page is drawn again. */
export interface PublicForm<P extends FieldMessage> {
  maxBytes: number;
  /** Checks and stores the form and answers; throws FieldProblems or an HttpError to refuse it. */
  handle: (values: PostedValues, asJson: boolean) => Promise<Response>;
  /**
   * The form page again with what was typed, and its problems or a notice; throws when it cannot be drawn. A
   * notice comes with the refusal it tells of (`refusal`), for a form that says it in its own language.
   */
  formPage: (
    values: PostedValues,
    problems: readonly P[],
    notice: string | undefined,
    refusal?: HttpError,
  ) => Promise<string>;
}

/** Answers a posted public form through its steps, turning every refusal into a usable answer. */
export async function answerPublicForm<P extends FieldMessage>(
  request: Request,
  form: PublicForm<P>,
): Promise<Response> {
  const asJson = wantsJson(request);
  let values: PostedValues = {};
  try {
    values = await readPostedForm(request, form.maxBytes);
    return await form.handle(values, asJson);
  } catch (error) {
    if (error instanceof FieldProblems) {
      // Only this form's own steps throw FieldProblems, so its problems are of this form's fields.
      const problems = error.problems as readonly P[];
      if (!asJson) {
        const page = await drawn(() => form.formPage(values, problems, undefined));
        if (page !== undefined) return html(error.status, page);
      }
      return jsonError(
        error.status,
        error.message,
        Object.fromEntries(problems.map((problem) => [problem.field, problem.message])),
      );
    }
    if (asJson && error instanceof FormExpiredError) {
      return json(error.status, { error: error.publicMessage, formStarted: error.freshStart });
    }
    if (!asJson && error instanceof HttpError && FORM_AGAIN.has(error.status)) {
      const page = await drawn(() => form.formPage(values, [], error.publicMessage, error));
      if (page !== undefined) return html(error.status, page, error.headers);
    }
    return toErrorResponse(error);
  }
}

/** A form page, or undefined when it cannot be drawn (its template is missing, or the form is unknown). */
async function drawn(draw: () => Promise<string>): Promise<string | undefined> {
  try {
    return await draw();
  } catch {
    return undefined;
  }
}
