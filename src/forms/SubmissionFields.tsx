/**
 * The event submission form's markup, rendered the same way by the page (as the island's first render),
 * by the submit function (the no-JavaScript error page, with what was typed), and by the island.
 */
import type { ReactNode } from "react";
import { Choice, ErrorSummary, Field, FormGuards } from "./kit";
import { ACCESSIBILITY_LABELS, AUDIENCE_LABELS, CATEGORY_LABELS } from "../lib/domain/vocab";
import {
  BOOKING_CHOICES,
  COST_CHOICES,
  NEW_CHOICE,
  formLabel,
  REPEAT_CHOICES,
  TICKED,
  type FieldError,
  type FormField,
  type FormValues,
} from "../lib/submissions/form";

/** Places and groups people can choose from. */
export interface FormOptions {
  places: { id: string; name: string }[];
  groups: { id: string; name: string }[];
}

interface Props {
  options: FormOptions;
  values: FormValues;
  errors: readonly FieldError[];
  formStarted: string;
  /** Set by the island to keep what is typed in its state; absent when rendered once on the server. */
  onChange?: ((name: string, value: string | string[]) => void) | undefined;
  onSubmit?: ((event: React.FormEvent<HTMLFormElement>) => void) | undefined;
  summaryRef?: React.Ref<HTMLDivElement> | undefined;
  busy?: boolean;
  problem?: string | undefined;
}

const HINTS: Partial<Record<FormField, string>> = {
  title: "What people would call it, for example Tuesday coffee morning.",
  summary: "One or two sentences for lists and search results (up to 280 characters).",
  description: "Everything else people should know. Plain text: links and formatting are not shown.",
  date: "The first date, if it repeats.",
  repeatUntil: "Needed if it repeats: we show it up to this date.",
  placeId: "Choose 'A place not listed' if it is somewhere new.",
  groupId: "Choose 'A group not listed' if your group is not on the site yet.",
  price: "Needed if there is a price. For example £3, under-16s free.",
  bookingUrl: "If people need to book: a web address, or say how to book in the next box.",
  bookingDetails: "For example: ask at the front desk. Needed if people need to book and cannot book online.",
  contactEmail: "Only our moderators see this, to ask about your event. It is never published.",
};

function text(values: FormValues, name: FormField): string {
  const value = values[name];
  return Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
}

function chosen(values: FormValues, name: FormField): string[] {
  const value = values[name];
  return value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value];
}

/** The whole form. */
export default function SubmissionFields(props: Props) {
  const { options, values, errors, onChange, formStarted } = props;
  const errorFor = (name: FormField) => errors.find((error) => error.field === name)?.message;
  const controlled = onChange !== undefined;

  const valueProps = (name: FormField) =>
    controlled
      ? {
          value: text(values, name),
          onChange: (event: { target: { value: string } }) => onChange(name, event.target.value),
        }
      : { defaultValue: text(values, name) };

  const wrap = (name: FormField, control: (describedBy: string | undefined, invalid: boolean) => ReactNode) => (
    <Field name={name} label={formLabel(name)} hint={HINTS[name]} error={errorFor(name)}>
      {control}
    </Field>
  );

  const input = (name: FormField, type = "text", extra: Record<string, unknown> = {}) =>
    wrap(name, (describedBy, invalid) => (
      <input
        id={name}
        name={name}
        type={type}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        {...valueProps(name)}
        {...extra}
      />
    ));

  const textarea = (name: FormField, rows = 4) =>
    wrap(name, (describedBy, invalid) => (
      <textarea
        id={name}
        name={name}
        rows={rows}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        {...valueProps(name)}
      />
    ));

  const select = (name: FormField, choices: [string, string][]) =>
    wrap(name, (describedBy, invalid) => (
      <select
        id={name}
        name={name}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        {...valueProps(name)}
      >
        {choices.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    ));

  const choiceGroup = (name: FormField, type: "checkbox" | "radio", choices: [string, string][]) => {
    const selected = chosen(values, name);
    return (
      <Field name={name} label={formLabel(name)} hint={HINTS[name]} error={errorFor(name)} group>
        {choices.map(([value, label], index) => {
          const checked = selected.includes(value);
          const change = () => {
            if (!onChange) return;
            if (type === "radio") onChange(name, value);
            else onChange(name, checked ? selected.filter((item) => item !== value) : [...selected, value]);
          };
          return (
            <Choice
              key={value}
              id={index === 0 ? name : `${name}-${value}`}
              name={name}
              type={type}
              value={value}
              checked={checked}
              onChange={controlled ? change : undefined}
            >
              {label}
            </Choice>
          );
        })}
      </Field>
    );
  };

  const placeChoices: [string, string][] = [
    ["", "Choose a place"],
    ...options.places.map((place): [string, string] => [place.id, place.name]),
    [NEW_CHOICE, "A place not listed"],
  ];
  const groupChoices: [string, string][] = [
    ["", "Choose a group"],
    ...options.groups.map((group): [string, string] => [group.id, group.name]),
    [NEW_CHOICE, "A group not listed"],
  ];

  return (
    <form
      className="submission-form"
      method="post"
      action="/api/submissions"
      noValidate
      onSubmit={props.onSubmit}
      aria-busy={props.busy ? true : undefined}
    >
      <ErrorSummary errors={errors} summaryRef={props.summaryRef} />
      {props.problem && (
        <div className="notice notice--alert" role="alert">
          <p>{props.problem}</p>
        </div>
      )}
      <FormGuards formStarted={formStarted} />

      <h2>About the event</h2>
      {input("title", "text", { autoComplete: "off" })}
      {textarea("summary", 3)}
      {textarea("description", 6)}

      <h2>When</h2>
      <div className="field-row">
        {input("date", "date")}
        {input("startTime", "time")}
        {input("endTime", "time")}
      </div>
      {choiceGroup("repeat", "radio", Object.entries(REPEAT_CHOICES))}
      {input("repeatUntil", "date")}

      <h2>Where and who</h2>
      {select("placeId", placeChoices)}
      <div className="subfields">
        <p className="hint">Only if the place is not listed:</p>
        {input("newPlaceName")}
        {textarea("newPlaceAddress", 2)}
        {input("newPlacePostcode", "text", { autoComplete: "postal-code", className: "input--short" })}
      </div>
      {select("groupId", groupChoices)}
      <div className="subfields">
        <p className="hint">Only if your group is not listed:</p>
        {input("newGroupName")}
        {input("newGroupUrl", "url")}
      </div>

      <h2>Who it is for</h2>
      {choiceGroup("categories", "checkbox", Object.entries(CATEGORY_LABELS))}
      {choiceGroup("audiences", "checkbox", Object.entries(AUDIENCE_LABELS))}

      <h2>Cost and booking</h2>
      {choiceGroup("cost", "radio", Object.entries(COST_CHOICES))}
      {input("price")}
      {choiceGroup("bookingRequired", "radio", Object.entries(BOOKING_CHOICES))}
      {input("bookingUrl", "url")}
      {input("bookingDetails")}
      {input("url", "url")}

      <h2>Access and what to expect</h2>
      {choiceGroup("accessibilitySupport", "checkbox", Object.entries(ACCESSIBILITY_LABELS))}
      {textarea("accessibilityNotes", 3)}
      {input("meetingPoint")}
      {input("whoGreetsYou")}
      {input("whatToBring")}
      {choiceGroup("fineToComeAlone", "checkbox", [[TICKED, "Yes, it is fine to come alone"]])}
      {textarea("attendeeInstructions", 3)}

      <h2>Your details</h2>
      {input("contactEmail", "email", { autoComplete: "email", spellCheck: false })}
      {choiceGroup("consent", "checkbox", [
        [TICKED, "I agree that Stoke Together keeps this email as the privacy notice describes"],
      ])}
      <p>
        <a href="/privacy/">Read the privacy notice</a>
      </p>
      <button className="button" type="submit" disabled={props.busy}>
        {props.busy ? "Sending…" : "Send for checking"}
      </button>
    </form>
  );
}
