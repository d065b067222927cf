/**
 * The buddy-up request form, rendered the same way by the form page and by the request function when it
 * sends the form back with problems (holding what was typed). Plain HTML: it works without JavaScript.
 */
import type { DateChoice, FieldProblem, FormValues, RequestField } from "../lib/buddy/request-form";
import { dateChoiceLabel } from "../lib/buddy/form-words";
import { DEFAULT_LOCALE, type Locale } from "../lib/i18n/locales";
import { messagesFor } from "../lib/i18n/messages";
import { hrefIn } from "../lib/i18n/routes";
import { fillNodes } from "./fill";
import { Choice, Field, FormGuards, ErrorSummary, describedBy } from "./kit";

/** Where under-18s are pointed. */
export const YOUTH_SERVICES_PATH = "/buddy-up/#under-18";
/** The code of conduct. */
export const CODE_OF_CONDUCT_PATH = "/buddy-up/code-of-conduct/";

interface Props {
  eventId: string;
  dates: readonly DateChoice[];
  values: FormValues;
  /** The problems, already in the form's language. */
  errors: readonly FieldProblem<RequestField>[];
  formStarted: string;
  /** The form's language: its words, and the language the answer to it comes back in. */
  locale?: Locale | undefined;
}

function text(values: FormValues, name: string): string {
  const value = values[name];
  return Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
}

/** The whole request form. */
export default function BuddyRequestFields({
  eventId,
  dates,
  values,
  errors,
  formStarted,
  locale = DEFAULT_LOCALE,
}: Props) {
  const words = messagesFor(locale).buddyForms;
  const t = words.request;
  const link = (path: string) => hrefIn(locale, path);
  const errorLabel = words.form.errorLabel;
  const label = (choice: DateChoice) => dateChoiceLabel(locale, choice.date, choice.startTime);
  const errorFor = (name: RequestField) => errors.find((error) => error.field === name)?.message;
  const input = (name: RequestField, type: string, hint?: string, extra: Record<string, unknown> = {}) => (
    <Field name={name} label={t.labels[name]} hint={hint} error={errorFor(name)} errorPrefix={errorLabel}>
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
    <Field name={name} label={t.labels[name]} hint={hint} error={errorFor(name)} errorPrefix={errorLabel}>
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
      <ErrorSummary errors={errors} title={words.form.problemHeading} />
      <FormGuards formStarted={formStarted} lang={locale} honeypotLabel={words.form.honeypot} />
      <input type="hidden" name="eventId" value={eventId} />

      <h2>{t.when}</h2>
      {only ? (
        <p className="buddy-form__date" id="date">
          <strong>{t.onlyDate}</strong> {label(only)}
          <input type="hidden" name="date" value={only.date} />
        </p>
      ) : (
        <Field name="date" label={t.labels.date} error={errorFor("date")} errorPrefix={errorLabel} group>
          {dates.map((choice, index) => (
            <Choice
              key={choice.date}
              id={index === 0 ? "date" : `date-${choice.date}`}
              name="date"
              type="radio"
              value={choice.date}
              checked={text(values, "date") === choice.date}
            >
              {label(choice)}
            </Choice>
          ))}
        </Field>
      )}

      <h2>{t.aboutYou}</h2>
      {input("name", "text", t.hints.name, {
        autoComplete: "given-name",
        spellCheck: false,
      })}
      <Field
        name="contactMethod"
        label={t.labels.contactMethod}
        hint={t.hints.contactMethod}
        error={errorFor("contactMethod")}
        errorPrefix={errorLabel}
        group
      >
        <Choice
          id="contactMethod"
          name="contactMethod"
          type="radio"
          value="email"
          checked={text(values, "contactMethod") === "email"}
        >
          {t.byEmail}
        </Choice>
        <Choice
          id="contactMethod-phone"
          name="contactMethod"
          type="radio"
          value="phone"
          checked={text(values, "contactMethod") === "phone"}
        >
          {t.byPhone}
        </Choice>
      </Field>
      <div className="subfields">
        {input("email", "email", t.hints.email, { autoComplete: "email", spellCheck: false })}
        {input("phone", "tel", t.hints.phone, { autoComplete: "tel", className: "input--medium" })}
      </div>
      {textarea("accessNeeds", t.hints.accessNeeds)}
      {textarea("preferences", t.hints.preferences)}

      <h2>{t.beforeYouSend}</h2>
      <Field
        name="adult"
        label={t.labels.adult}
        hint={
          <>
            {t.hints.adult.before}
            <a href={link(YOUTH_SERVICES_PATH)}>{t.hints.adult.link}</a>
            {t.hints.adult.after}
          </>
        }
        error={errorFor("adult")}
        errorPrefix={errorLabel}
        group
      >
        <Choice id="adult" name="adult" type="checkbox" value="yes" checked={text(values, "adult") === "yes"}>
          {t.adultChoice}
        </Choice>
      </Field>
      <Field
        name="consent"
        label={t.labels.consent}
        hint={fillNodes(t.hints.consent, {
          conduct: <a href={link(CODE_OF_CONDUCT_PATH)}>{t.hints.conductLink}</a>,
          privacy: <a href={link("/privacy/")}>{t.hints.privacyLink}</a>,
        })}
        error={errorFor("consent")}
        errorPrefix={errorLabel}
        group
      >
        <Choice id="consent" name="consent" type="checkbox" value="yes" checked={text(values, "consent") === "yes"}>
          {t.consentChoice}
        </Choice>
      </Field>
      <button className="button" type="submit">
        {t.send}
      </button>
    </form>
  );
}
