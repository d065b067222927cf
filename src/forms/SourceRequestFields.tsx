/**
 * The form a group uses to ask for its calendar to be added, rendered by the page and again by the function
 * (with what was typed and every problem) when something needs changing. A plain form: it works the same
 * with or without JavaScript.
 */
import type { ReactNode } from "react";
import type { FormOptions } from "./SubmissionFields";
import { Choice, ErrorSummary, Field, FormGuards, describedBy } from "./kit";
import {
  CALENDAR_KINDS,
  NEW_GROUP,
  REQUEST_FIELDS,
  type FormValues,
  type RequestField,
  type RequestProblem,
} from "../lib/import/source-request";

interface Props {
  options: FormOptions;
  values: FormValues;
  errors: readonly RequestProblem[];
  formStarted: string;
}

const HINTS: Partial<Record<RequestField, string>> = {
  groupId: "Choose 'A group not listed' if your group is not on the site yet.",
  url: "The public or shareable address of your calendar (Google calls it the 'public address in iCal format'), starting https:// or webcal://, or the page on your website that lists your events.",
  placeWords: "For example: the church hall on Market Street, or different parks each week.",
  share:
    "We share what is on in the city as open data, so the council, GP social prescribers, libraries and other directories can show it too. Your events are listed here whether you tick this or not.",
  contactEmail:
    "Only our moderators see this, to reply about your calendar. It is never published, and we delete it once your request is dealt with.",
  note: "For example: who to ask if the calendar stops working, or events in it that are private.",
};

function text(values: FormValues, name: string): string {
  const value = values[name];
  return Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
}

/** The whole request form. */
export default function SourceRequestFields({ options, values, errors, formStarted }: Props) {
  const errorFor = (name: RequestField) => errors.find((error) => error.field === name)?.message;
  const control = (name: RequestField) => ({
    id: name,
    name,
    defaultValue: text(values, name),
    "aria-describedby": describedBy(name, HINTS[name], errorFor(name)),
    "aria-invalid": errorFor(name) ? true : undefined,
  });
  const field = (name: RequestField, children: ReactNode) => (
    <Field name={name} label={REQUEST_FIELDS[name].label} hint={HINTS[name]} error={errorFor(name)}>
      {children}
    </Field>
  );
  const calendar = text(values, "calendar");

  return (
    <form className="submission-form calendar-request-form" method="post" action="/api/source-requests" noValidate>
      <ErrorSummary errors={errors} />
      <FormGuards formStarted={formStarted} />

      <h2>Your group</h2>
      {field(
        "groupId",
        <select {...control("groupId")}>
          <option value="">Choose your group</option>
          {options.groups.map((group) => (
            <option key={group.id} value={group.id}>
              {group.name}
            </option>
          ))}
          <option value={NEW_GROUP}>A group not listed</option>
        </select>,
      )}
      <div className="subfields">
        <p className="hint">Only if your group is not listed:</p>
        {field("groupName", <input type="text" autoComplete="organization" {...control("groupName")} />)}
      </div>

      <h2>Your calendar</h2>
      {field("url", <input type="url" spellCheck={false} autoComplete="url" {...control("url")} />)}
      <Field name="calendar" label={REQUEST_FIELDS.calendar.label} error={errorFor("calendar")} group>
        {Object.entries(CALENDAR_KINDS).map(([value, label], index) => (
          <Choice
            key={value}
            id={index === 0 ? "calendar" : `calendar-${value}`}
            name="calendar"
            type="radio"
            value={value}
            checked={calendar === value}
          >
            {label}
          </Choice>
        ))}
      </Field>
      {field(
        "placeId",
        <select {...control("placeId")}>
          <option value="">Choose a place</option>
          {options.places.map((place) => (
            <option key={place.id} value={place.id}>
              {place.name}
            </option>
          ))}
        </select>,
      )}
      {field("placeWords", <input type="text" {...control("placeWords")} />)}

      <Field name="share" label={REQUEST_FIELDS.share.label} hint={HINTS.share} error={errorFor("share")} group>
        <Choice id="share" name="share" type="checkbox" value="yes" checked={text(values, "share") === "yes"}>
          Anyone may share our events, under the Open Government Licence
        </Choice>
      </Field>

      <h2>How we reply</h2>
      {field(
        "contactEmail",
        <input type="email" autoComplete="email" spellCheck={false} {...control("contactEmail")} />,
      )}
      {field("note", <textarea rows={4} {...control("note")} />)}
      <p>
        <a href="/privacy/">Read the privacy notice</a>
      </p>
      <button className="button" type="submit">
        Ask for it to be added
      </button>
    </form>
  );
}
