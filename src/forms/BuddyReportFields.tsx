/**
 * The "report a concern" form: public, and also reached from a request's status page, when it carries the
 * request's reference and private token so the coordinators know which arrangement it is about.
 */
import type { FieldProblem, FormValues, ReportField } from "../lib/buddy/request-form";
import { DEFAULT_LOCALE, LOCALE_INFO, type Locale } from "../lib/i18n/locales";
import { messagesFor } from "../lib/i18n/messages";
import { Field, FormGuards, ErrorSummary, describedBy } from "./kit";

interface Props {
  values: FormValues;
  /** The problems, already in the form's language. */
  errors: readonly FieldProblem<ReportField>[];
  formStarted: string;
  /** The request it is about, when reported from a status page. */
  request?: { id: string; token: string; reference: string } | undefined;
  /** The form's language: its words, and the language the answer to it comes back in. */
  locale?: Locale | undefined;
}

function text(values: FormValues, name: string): string {
  const value = values[name];
  return Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
}

/** The whole report form. */
export default function BuddyReportFields({ values, errors, formStarted, request, locale = DEFAULT_LOCALE }: Props) {
  const words = messagesFor(locale).buddyForms;
  const t = words.report;
  const errorFor = (name: ReportField) => errors.find((error) => error.field === name)?.message;
  const messageHint = t.hints.message;
  const contactHint = t.hints.contact;
  return (
    <form className="submission-form buddy-form" method="post" action="/api/buddy-reports" noValidate>
      <ErrorSummary errors={errors} title={words.form.problemHeading} />
      <FormGuards formStarted={formStarted} lang={locale} honeypotLabel={words.form.honeypot} />
      {request && (
        <>
          <input type="hidden" name="ref" value={request.id} />
          <input type="hidden" name="token" value={request.token} />
          <p>
            {t.about.before}
            <strong dir={LOCALE_INFO[locale].dir === "rtl" ? "ltr" : undefined}>{request.reference}</strong>
            {t.about.after}
          </p>
        </>
      )}
      <Field
        name="message"
        label={t.labels.message}
        hint={messageHint}
        error={errorFor("message")}
        errorPrefix={words.form.errorLabel}
      >
        <textarea
          id="message"
          name="message"
          rows={7}
          defaultValue={text(values, "message")}
          aria-describedby={describedBy("message", messageHint, errorFor("message"))}
          aria-invalid={errorFor("message") ? true : undefined}
        />
      </Field>
      <Field
        name="contact"
        label={t.labels.contact}
        hint={contactHint}
        error={errorFor("contact")}
        errorPrefix={words.form.errorLabel}
      >
        <input
          id="contact"
          name="contact"
          type="text"
          spellCheck={false}
          defaultValue={text(values, "contact")}
          aria-describedby={describedBy("contact", contactHint, errorFor("contact"))}
          aria-invalid={errorFor("contact") ? true : undefined}
        />
      </Field>
      <button className="button" type="submit">
        {t.send}
      </button>
    </form>
  );
}
