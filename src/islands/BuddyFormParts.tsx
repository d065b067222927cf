/**
 * Pieces the buddy-up forms share with each other: the error summary, a labelled field with its hint and
 * error, and a choice. Rendered once on the server (the form pages, and the functions' error pages); the
 * forms work without JavaScript.
 */
import type { ReactNode } from "react";
import type { FieldProblem } from "../lib/buddy/request-form";

/** The GOV.UK-style error summary: every problem, each a link to its field. */
export function ErrorSummary({ errors }: { errors: readonly FieldProblem[] }) {
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" tabIndex={-1} aria-labelledby="error-summary-title" role="region">
      <h2 id="error-summary-title">There is a problem</h2>
      <ul>
        {errors.map((error) => (
          <li key={error.field}>
            <a href={`#${error.field}`}>{error.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The hidden fields every form carries: its signed start time, and a honeypot only bots fill in. */
export function FormGuards({ formStarted }: { formStarted: string }) {
  return (
    <>
      <input type="hidden" name="formStarted" value={formStarted} />
      <div hidden>
        <label htmlFor="nickname">Leave this empty</label>
        <input id="nickname" name="nickname" type="text" autoComplete="off" tabIndex={-1} defaultValue="" />
      </div>
    </>
  );
}

/** A field's wrapper: label (or legend), hint and error, in that order, as screen readers expect. */
export function Field(props: {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  group?: boolean;
  children: ReactNode;
}) {
  const { name, label, hint, error, group, children } = props;
  const className = `field${error ? " field--error" : ""}${group ? " choices" : ""}`;
  const notes = (
    <>
      {hint && (
        <div className="hint" id={`${name}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <p className="field-error" id={`${name}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
    </>
  );
  if (group) {
    return (
      <fieldset className={className} aria-describedby={describedBy(name, hint, error)}>
        <legend>{label}</legend>
        {notes}
        {children}
      </fieldset>
    );
  }
  return (
    <div className={className}>
      <label htmlFor={name}>{label}</label>
      {notes}
      {children}
    </div>
  );
}

/** The ids that describe a control: its hint and its error. */
export function describedBy(name: string, hint: unknown, error: unknown): string | undefined {
  return [hint ? `${name}-hint` : "", error ? `${name}-error` : ""].filter(Boolean).join(" ") || undefined;
}

/** One radio or checkbox with its label; the first of a group carries the group's name as its id. */
export function Choice(props: {
  id: string;
  name: string;
  type: "radio" | "checkbox";
  value: string;
  checked: boolean;
  children: ReactNode;
}) {
  return (
    <div className="choice">
      <input id={props.id} name={props.name} type={props.type} value={props.value} defaultChecked={props.checked} />
      <label htmlFor={props.id}>{props.children}</label>
    </div>
  );
}
