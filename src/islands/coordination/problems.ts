/** The problems an API answer found with a form, each tied to the control it is about. */
import type { SummaryProblem } from "../../forms/kit";
import type { ApiResult } from "../console/session";

/** A problem with one field: the message, and the id of the control it is about. */
export type FieldProblem = SummaryProblem & { target: string };

/** Problems per field from an API answer, each pointing at the control in `targets`. */
export function problemsFrom(result: ApiResult, targets: Record<string, string>): FieldProblem[] {
  return Object.entries(result.body.fields ?? {}).map(([field, message]) => ({
    field,
    target: targets[field] ?? Object.values(targets)[0] ?? "",
    message,
  }));
}

/** The message of the problem with one field, if there is one. */
export function errorFor(problems: FieldProblem[], field: string): string | undefined {
  return problems.find((problem) => problem.field === field)?.message;
}
