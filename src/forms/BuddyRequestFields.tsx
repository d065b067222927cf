/**
 * The buddy-up request form, rendered the same way by the form page and by the request function when it
 * sends the form back with problems (holding what was typed). Plain HTML: it works without JavaScript.
 */
import type { DateChoice, FieldProblem, FormValues, RequestField } from "../lib/buddy/request-form";
import { REQUEST_FIELDS } from "../lib/buddy/request-form";
import { Choice, Field, FormGuards, ErrorSummary, describedBy } from "./kit";

/** Where under-18s are pointed. */
export const YOUTH_SERVICES_PATH = "/buddy-up/#under-18";
/** The code of conduct. */
export const CODE_OF_CONDUCT_PATH = "/buddy-up/code-of-conduct/";

interface Props {
  eventId: string;
  dates: readonly DateChoice[];
  values: FormValues;
  errors: readonly FieldProblem<RequestField>[];
  formStarted: string;
}

function text(values: FormValues, name: string): string {
  const value = values[name];
  return Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
}

/** The whole request form. */
export default function BuddyRequestFields({ eventId, dates, values, errors, formStarted }: Props) {
  const errorFor = (name: RequestField) => errors.find((error) => error.field === name)?.message;
  const input = (name: RequestField, type: string, hint?: string, extra: Record<string, unknown> = {}) => (
    <Field name={name} label={REQUEST_FIELDS[name]} hint={hint} error={errorFor(name)}>
      <input
        id={name}
        name={name}
        type={type}
        defaultValue={text(values, name)}
        aria-describedby={describedBy(name, hint, errorFor(name))}
        aria-invalid={errorFor(name) ? true : undefined}
        {...extra}
      />
    </Field>
  );
  const textarea = (name: RequestField, hint: string) => (
    <Field name={name} label={REQUEST_FIELDS[name]} hint={hint} error={errorFor(name)}>
      <textarea
        id={name}
        name={name}
        rows={3}
        defaultValue={text(values, name)}
        aria-describedby={describedBy(name, hint, errorFor(name))}
        aria-invalid={errorFor(name) ? true : undefined}
      />
    </Field>
  );
  const only = dates.length === 1 ? dates[0] : undefined;

  return (
    <form className="submission-form buddy-form" method="post" action="/api/buddy-requests" noValidate>
      <ErrorSummary errors={errors} />
      <FormGuards formStarted={formStarted} />
      <input type="hidden" name="eventId" value={eventId} />

      <h2>When</h2>
      {only ? (
        <p className="buddy-form__date" id="date">
          <strong>Date:</strong> {only.label}
          <input type="hidden" name="date" value={only.date} />
        </p>
      ) : (
        <Field name="date" label={REQUEST_FIELDS.date} error={errorFor("date")} group>
          {dates.map((choice, index) => (
            <Choice
              key={choice.date}
              id={index === 0 ? "date" : `date-${choice.date}`}
              name="date"
              type="radio"
              value={choice.date}
              checked={text(values, "date") === choice.date}
            >
              {choice.label}
            </Choice>
          ))}
        </Field>
      )}

      <h2>About you</h2>
      {input("name", "text", "The welcomer will greet you by this name. No surname needed.", {
        autoComplete: "given-name",
        spellCheck: false,
      })}
      <Field
        name="contactMethod"
        label={REQUEST_FIELDS.contactMethod}
        hint="Only the buddy-up coordinator sees this. The welcomer never gets your contact details."
        error={errorFor("contactMethod")}
        group
      >
        <Choice
          id="contactMethod"
          name="contactMethod"
          type="radio"
          value="email"
          checked={text(values, "contactMethod") === "email"}
        >
          By email
        </Choice>
        <Choice
          id="contactMethod-phone"
          name="contactMethod"
          type="radio"
          value="phone"
          checked={text(values, "contactMethod") === "phone"}
        >
          By phone or text
        </Choice>
      </Field>
      <div className="subfields">
        {input("email", "email", "If you chose email.", { autoComplete: "email", spellCheck: false })}
        {input("phone", "tel", "If you chose phone or text.", { autoComplete: "tel", className: "input--medium" })}
      </div>
      {textarea(
        "accessNeeds",
        "For example: I use a wheelchair, I need to walk slowly, I'm hard of hearing. It helps the coordinator choose where to meet.",
      )}
      {textarea(
        "preferences",
        "For example: I'd feel more comfortable with a woman, or someone who speaks Urdu. We will try, but can't promise.",
      )}

      <h2>Before you send</h2>
      <Field
        name="adult"
        label={REQUEST_FIELDS.adult}
        hint={
          <>
            Buddy-up is for adults. If you are under 18, <a href={YOUTH_SERVICES_PATH}>youth services in the city</a>{" "}
            can help you go along to things.
          </>
        }
        error={errorFor("adult")}
        group
      >
        <Choice id="adult" name="adult" type="checkbox" value="yes" checked={text(values, "adult") === "yes"}>
          I am 18 or over
        </Choice>
      </Field>
      <Field
        name="consent"
        label={REQUEST_FIELDS.consent}
        hint={
          <>
            Read the <a href={CODE_OF_CONDUCT_PATH}>buddy-up code of conduct</a> and the{" "}
            <a href="/privacy/">privacy notice</a>. We delete your details seven days after the event, or straight away
            if you cancel.
          </>
        }
        error={errorFor("consent")}
        group
      >
        <Choice id="consent" name="consent" type="checkbox" value="yes" checked={text(values, "consent") === "yes"}>
          I agree to the code of conduct, and to Stoke Together keeping these details until seven days after the event
        </Choice>
      </Field>
      <button className="button" type="submit">
        Ask for a buddy
      </button>
    </form>
  );
}
