/**
 * The one kit of form parts, after the GOV.UK Design System's patterns, for every public form (rendered by
 * pages and again by functions, so they work without JavaScript) and both consoles: the error summary, a
 * labelled field with its hint and error, a radio or checkbox choice, and the hidden guards every public form
 * carries.
 */
import type { ReactNode, Ref } from "react";

/** One problem for the error summary: the message, and the id of the control its link moves to. */
export interface SummaryProblem {
  field: string;
  message: string;
  /** The control's id, when it is not the field's name (a console field inside a section). */
  target?: string | undefined;
}

/**
 * The error summary: every problem, each a link to its field. Rendered on the server the links are plain
 * fragment links; `focusOnFollow` (in an island) moves focus to the control itself.
 */
export function ErrorSummary(props: {
  errors: readonly SummaryProblem[];
  summaryRef?: Ref<HTMLDivElement> | undefined;
  focusOnFollow?: boolean;
  /** The summary's heading in the form's language. */
  title?: string | undefined;
}) {
  if (props.errors.length === 0) return null;
  return (
    <div
      className="error-summary"
      tabIndex={-1}
      ref={props.summaryRef}
      aria-labelledby="error-summary-title"
      role="region"
    >
      <h2 id="error-summary-title">{props.title ?? "There is a problem"}</h2>
      <ul>
        {props.errors.map((error) => {
          const target = error.target ?? error.field;
          return (
            <li key={error.field}>
              <a
                href={`#${target}`}
                onClick={
                  props.focusOnFollow
                    ? (event) => {
                        event.preventDefault();
                        document.getElementById(target)?.focus();
                      }
                    : undefined
                }
              >
                {error.message}
              </a>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** The ids that describe a control: its hint and its error. */
export function describedBy(name: string, hint: unknown, error: unknown): string | undefined {
  return [hint ? `${name}-hint` : "", error ? `${name}-error` : ""].filter(Boolean).join(" ") || undefined;
}

/**
 * A field: label (or, for a group of choices, legend), hint and error, in that order, as screen readers expect.
 * `children` is the control, or a function given the ids that describe it and whether it is invalid.
 */
export function Field(props: {
  /** The control's id (the first choice's, for a group). */
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  group?: boolean;
  className?: string;
  /** What a screen reader hears before the error, in the form's language. */
  errorPrefix?: string | undefined;
  children: ReactNode | ((describedBy: string | undefined, invalid: boolean) => ReactNode);
}) {
  const { name, label, hint, error, group, children } = props;
  const className = ["field", error ? "field--error" : "", group ? "choices" : "", props.className ?? ""]
    .filter(Boolean)
    .join(" ");
  const described = describedBy(name, hint, error);
  const notes = (
    <>
      {hint && (
        <div className="hint" id={`${name}-hint`}>
          {hint}
        </div>
      )}
      {error && (
        <p className="field-error" id={`${name}-error`}>
          <span className="visually-hidden">{props.errorPrefix ?? "Error: "}</span>
          {error}
        </p>
      )}
    </>
  );
  const control = typeof children === "function" ? children(described, Boolean(error)) : children;
  if (group) {
    return (
      <fieldset className={className} aria-describedby={described}>
        <legend>{label}</legend>
        {notes}
        {control}
      </fieldset>
    );
  }
  return (
    <div className={className}>
      <label htmlFor={name}>{label}</label>
      {notes}
      {control}
    </div>
  );
}

/** One radio or checkbox with its label; the first of a group carries the group's name as its id. */
export function Choice(props: {
  id: string;
  name: string;
  type: "radio" | "checkbox";
  value: string;
  checked: boolean;
  /** Set by an island that keeps the form's state; absent when rendered once on the server. */
  onChange?: (() => void) | undefined;
  children: ReactNode;
}) {
  const state = props.onChange
    ? { checked: props.checked, onChange: props.onChange }
    : { defaultChecked: props.checked };
  return (
    <div className="choice">
      <input id={props.id} name={props.name} type={props.type} value={props.value} {...state} />
      <label htmlFor={props.id}>{props.children}</label>
    </div>
  );
}

/**
 * The hidden fields every public form carries: its signed start time, and a honeypot only bots fill in; and, for a
 * form in one of the site's languages, that language, which the function answers in.
 */
export function FormGuards({
  formStarted,
  lang,
  honeypotLabel,
}: {
  formStarted: string;
  lang?: string | undefined;
  honeypotLabel?: string | undefined;
}) {
  return (
    <>
      <input type="hidden" name="formStarted" value={formStarted} />
      {lang && <input type="hidden" name="lang" value={lang} />}
      <div hidden>
        <label htmlFor="nickname">{honeypotLabel ?? "Leave this empty"}</label>
        <input id="nickname" name="nickname" type="text" autoComplete="off" tabIndex={-1} defaultValue="" />
      </div>
    </>
  );
}
