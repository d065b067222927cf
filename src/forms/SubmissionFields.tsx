/**
 * The event submission form's markup, rendered the same way by the page (as the island's first render),
 * by the submit function (the no-JavaScript error page, with what was typed), and by the island.
 */
import type { ReactNode } from "react";
import { Choice, ErrorSummary, Field, FormGuards } from "./kit";
import {
  BOOKING_CHOICES,
  COST_CHOICES,
  NEW_CHOICE,
  OPTIONAL_FIELDS,
  REPEAT_CHOICES,
  TICKED,
  type FormField,
  type FormValues,
} from "../lib/submissions/form";
import { labelOf, type SubmissionWords } from "../lib/submissions/form-words";
import type { FieldMessage } from "../lib/submissions/problems";

/** Places and groups people can choose from. */
export interface FormOptions {
  places: { id: string; name: string }[];
  groups: { id: string; name: string }[];
}

interface Props {
  options: FormOptions;
  /** The form's words in its language (plain data, so the island can be given them). */
  words: SubmissionWords;
  values: FormValues;
  /** Each problem in words, in the form's language. */
  errors: readonly FieldMessage<FormField>[];
  formStarted: string;
  /** Set by the island to keep what is typed in its state; absent when rendered once on the server. */
  onChange?: ((name: string, value: string | string[]) => void) | undefined;
  onSubmit?: ((event: React.FormEvent<HTMLFormElement>) => void) | undefined;
  summaryRef?: React.Ref<HTMLDivElement> | undefined;
  busy?: boolean;
  problem?: string | undefined;
}

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
  const { options, words, values, errors, onChange, formStarted } = props;
  const { event, kit } = words;
  const hints: Partial<Record<FormField, string>> = event.hints;
  const label = (name: FormField) => labelOf(kit, event.fields[name], OPTIONAL_FIELDS.has(name));
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
    <Field name={name} label={label(name)} hint={hints[name]} error={errorFor(name)} errorPrefix={kit.errorPrefix}>
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

  // A choice is its value and label, and whether the label is a listing's own name (marked with its language).
  const select = (name: FormField, choices: [string, string, boolean?][]) =>
    wrap(name, (describedBy, invalid) => (
      <select
        id={name}
        name={name}
        aria-describedby={describedBy}
        aria-invalid={invalid || undefined}
        {...valueProps(name)}
      >
        {choices.map(([value, label, own]) => (
          <option
            key={value}
            value={value}
            lang={own ? words.own.lang : undefined}
            dir={own ? words.own.dir : undefined}
          >
            {label}
          </option>
        ))}
      </select>
    ));

  const choiceGroup = (name: FormField, type: "checkbox" | "radio", choices: [string, string][]) => {
    const selected = chosen(values, name);
    return (
      <Field
        name={name}
        label={label(name)}
        hint={hints[name]}
        error={errorFor(name)}
        errorPrefix={kit.errorPrefix}
        group
      >
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

  const placeChoices: [string, string, boolean?][] = [
    ["", event.choosePlace],
    ...options.places.map((place): [string, string, boolean] => [place.id, place.name, true]),
    [NEW_CHOICE, event.newPlace],
  ];
  const groupChoices: [string, string, boolean?][] = [
    ["", event.chooseGroup],
    ...options.groups.map((group): [string, string, boolean] => [group.id, group.name, true]),
    [NEW_CHOICE, event.newGroup],
  ];

  const labelled = <K extends string>(keys: readonly K[], labels: Readonly<Record<K, string>>): [string, string][] =>
    keys.map((key) => [key, labels[key]]);

  return (
    <form
      className="submission-form"
      method="post"
      action="/api/submissions"
      noValidate
      onSubmit={props.onSubmit}
      aria-busy={props.busy ? true : undefined}
    >
      <ErrorSummary errors={errors} summaryRef={props.summaryRef} title={kit.problemTitle} />
      {props.problem && (
        <div className="notice notice--alert" role="alert">
          <p>{props.problem}</p>
        </div>
      )}
      <FormGuards formStarted={formStarted} lang={words.locale} honeypotLabel={kit.honeypot} />

      <h2>{event.sections.about}</h2>
      {input("title", "text", { autoComplete: "off" })}
      {textarea("summary", 3)}
      {textarea("description", 6)}

      <h2>{event.sections.when}</h2>
      <div className="field-row">
        {input("date", "date")}
        {input("startTime", "time")}
        {input("endTime", "time")}
      </div>
      {choiceGroup("repeat", "radio", labelled(REPEAT_CHOICES, event.repeat))}
      {input("repeatUntil", "date")}

      <h2>{event.sections.whereWho}</h2>
      {select("placeId", placeChoices)}
      <div className="subfields">
        <p className="hint">{event.onlyNewPlace}</p>
        {input("newPlaceName")}
        {textarea("newPlaceAddress", 2)}
        {input("newPlacePostcode", "text", { autoComplete: "postal-code", className: "input--short" })}
      </div>
      {select("groupId", groupChoices)}
      <div className="subfields">
        <p className="hint">{event.onlyNewGroup}</p>
        {input("newGroupName")}
        {input("newGroupUrl", "url")}
      </div>

      <h2>{event.sections.whoFor}</h2>
      {choiceGroup("categories", "checkbox", Object.entries(words.category))}
      {choiceGroup("audiences", "checkbox", Object.entries(words.audience))}

      <h2>{event.sections.costBooking}</h2>
      {choiceGroup("cost", "radio", labelled(COST_CHOICES, event.cost))}
      {input("price")}
      {choiceGroup("bookingRequired", "radio", labelled(BOOKING_CHOICES, event.booking))}
      {input("bookingUrl", "url")}
      {input("bookingDetails")}
      {input("url", "url")}

      <h2>{event.sections.access}</h2>
      {choiceGroup("accessibilitySupport", "checkbox", Object.entries(words.accessibility))}
      {textarea("accessibilityNotes", 3)}
      {input("meetingPoint")}
      {input("whoGreetsYou")}
      {input("whatToBring")}
      {choiceGroup("fineToComeAlone", "checkbox", [[TICKED, event.alone]])}
      {textarea("attendeeInstructions", 3)}

      <h2>{event.sections.details}</h2>
      {input("contactEmail", "email", { autoComplete: "email", spellCheck: false })}
      {choiceGroup("consent", "checkbox", [[TICKED, event.consent]])}
      <p>
        <a href={words.privacyHref}>{kit.privacyLink}</a>
      </p>
      <button className="button" type="submit" disabled={props.busy}>
        {props.busy ? event.sending : event.send}
      </button>
    </form>
  );
}
