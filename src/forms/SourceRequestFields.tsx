/**
 * The form a group uses to ask for its calendar to be added, rendered by the page and again by the function
 * (with what was typed and every problem) when something needs changing. A plain form: it works the same
 * with or without JavaScript.
 */
import type { ReactNode } from "react";
import type { FormOptions } from "./SubmissionFields";
import { Choice, ErrorSummary, Field, FormGuards, describedBy } from "./kit";
import { CALENDAR_KINDS, NEW_GROUP, type FormValues, type RequestField } from "../lib/import/source-request";
import type { RequestWords } from "../lib/submissions/form-words";
import type { FieldMessage } from "../lib/submissions/problems";

interface Props {
  options: FormOptions;
  /** The form's words in its language. */
  words: RequestWords;
  values: FormValues;
  /** Each problem in words, in the form's language. */
  errors: readonly FieldMessage<RequestField>[];
  formStarted: string;
}

function text(values: FormValues, name: string): string {
  const value = values[name];
  return Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
}

/** The whole request form. */
export default function SourceRequestFields({ options, words, values, errors, formStarted }: Props) {
  const { calendar: own, kit } = words;
  const hints: Partial<Record<RequestField, string>> = own.hints;
  const errorFor = (name: RequestField) => errors.find((error) => error.field === name)?.message;
  const control = (name: RequestField) => ({
    id: name,
    name,
    defaultValue: text(values, name),
    "aria-describedby": describedBy(name, hints[name], errorFor(name)),
    "aria-invalid": errorFor(name) ? true : undefined,
  });
  const field = (name: RequestField, children: ReactNode) => (
    <Field name={name} label={own.fields[name]} hint={hints[name]} error={errorFor(name)} errorPrefix={kit.errorPrefix}>
      {children}
    </Field>
  );
  const calendar = text(values, "calendar");

  return (
    <form className="submission-form calendar-request-form" method="post" action="/api/source-requests" noValidate>
      <ErrorSummary errors={errors} title={kit.problemTitle} />
      <FormGuards formStarted={formStarted} lang={words.locale} honeypotLabel={kit.honeypot} />

      <h2>{own.sections.group}</h2>
      {field(
        "groupId",
        <select {...control("groupId")}>
          <option value="">{own.chooseGroup}</option>
          {options.groups.map((group) => (
            <option key={group.id} value={group.id} lang={words.own.lang} dir={words.own.dir}>
              {group.name}
            </option>
          ))}
          <option value={NEW_GROUP}>{own.newGroup}</option>
        </select>,
      )}
      <div className="subfields">
        <p className="hint">{own.onlyNewGroup}</p>
        {field("groupName", <input type="text" autoComplete="organization" {...control("groupName")} />)}
      </div>

      <h2>{own.sections.calendar}</h2>
      {field("url", <input type="url" spellCheck={false} autoComplete="url" {...control("url")} />)}
      <Field
        name="calendar"
        label={own.fields.calendar}
        error={errorFor("calendar")}
        errorPrefix={kit.errorPrefix}
        group
      >
        {(Object.keys(CALENDAR_KINDS) as (keyof typeof CALENDAR_KINDS)[]).map((value, index) => (
          <Choice
            key={value}
            id={index === 0 ? "calendar" : `calendar-${value}`}
            name="calendar"
            type="radio"
            value={value}
            checked={calendar === value}
          >
            {own.kinds[value]}
          </Choice>
        ))}
      </Field>
      {field(
        "placeId",
        <select {...control("placeId")}>
          <option value="">{own.choosePlace}</option>
          {options.places.map((place) => (
            <option key={place.id} value={place.id} lang={words.own.lang} dir={words.own.dir}>
              {place.name}
            </option>
          ))}
        </select>,
      )}
      {field("placeWords", <input type="text" {...control("placeWords")} />)}

      <Field
        name="share"
        label={own.fields.share}
        hint={hints.share}
        error={errorFor("share")}
        errorPrefix={kit.errorPrefix}
        group
      >
        <Choice id="share" name="share" type="checkbox" value="yes" checked={text(values, "share") === "yes"}>
          {own.share}
        </Choice>
      </Field>

      <h2>{own.sections.reply}</h2>
      {field(
        "contactEmail",
        <input type="email" autoComplete="email" spellCheck={false} {...control("contactEmail")} />,
      )}
      {field("note", <textarea rows={4} {...control("note")} />)}
      <p>
        <a href={words.privacyHref}>{kit.privacyLink}</a>
      </p>
      <button className="button" type="submit">
        {own.send}
      </button>
    </form>
  );
}
