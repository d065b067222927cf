/**
 * The "Is something wrong here?" form, drawn by the report functions (the form page, and again with what was
 * typed and every problem). A plain form: it works the same with or without JavaScript.
 */
import { Choice, ErrorSummary, Field, FormGuards, describedBy } from "./kit";
import type { FormValues, ReportFormField } from "../lib/reports/form";
import { REPORT_ENDPOINT, REPORT_REASONS, type ListingRef } from "../lib/reports/model";
import type { ReportFieldMessage } from "../lib/reports/words";
import { listingText } from "../lib/i18n/listing-lang";
import type { Locale } from "../lib/i18n/locales";
import { messagesFor } from "../lib/i18n/messages";

interface Props {
  locale: Locale;
  /** The listing reported, with its own name. */
  listing: ListingRef & { title: string; href: string };
  values: FormValues;
  /** Each problem in words, in the form's language. */
  errors: readonly ReportFieldMessage[];
  formStarted: string;
}

function text(values: FormValues, name: string): string {
  const value = values[name];
  return Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
}

/** The whole report form. */
export default function ReportFields({ locale, listing, values, errors, formStarted }: Props) {
  const words = messagesFor(locale).report;
  const t = words.form;
  const own = listingText(locale);
  const errorFor = (name: ReportFormField) => errors.find((error) => error.field === name)?.message;
  const reason = text(values, "reason");
  const control = (name: "details" | "contact") => ({
    id: name,
    name,
    defaultValue: text(values, name),
    "aria-describedby": describedBy(name, t.hints[name], errorFor(name)),
    "aria-invalid": errorFor(name) ? true : undefined,
  });
  // A problem with the listing itself has no field to go to: it is told above the form.
  const listingProblem = errorFor("listing");
  return (
    <form className="submission-form report-form" method="post" action={REPORT_ENDPOINT} noValidate>
      <ErrorSummary errors={errors.filter((error) => error.field !== "listing")} title={t.problemHeading} />
      {listingProblem && (
        <div className="notice notice--alert" role="alert">
          <p>{listingProblem}</p>
        </div>
      )}
      <FormGuards formStarted={formStarted} lang={locale} honeypotLabel={t.honeypot} />
      <input type="hidden" name="listing" value={`${listing.kind}/${listing.id}`} />
      <p className="report-form__about">
        {t.about}
        <a href={listing.href}>
          <span lang={own.lang} dir={own.dir}>
            {listing.title}
          </span>
        </a>
      </p>
      <Field name="reason" label={t.labels.reason} error={errorFor("reason")} errorPrefix={t.errorLabel} group>
        {REPORT_REASONS.map((value, index) => (
          <Choice
            key={value}
            id={index === 0 ? "reason" : `reason-${value}`}
            name="reason"
            type="radio"
            value={value}
            checked={reason === value}
          >
            {words.reasons[value]}
          </Choice>
        ))}
      </Field>
      <p className="hint">{t.danger}</p>
      <Field
        name="details"
        label={t.labels.details}
        hint={t.hints.details}
        error={errorFor("details")}
        errorPrefix={t.errorLabel}
      >
        <textarea rows={6} {...control("details")} />
      </Field>
      <Field
        name="contact"
        label={t.labels.contact}
        hint={t.hints.contact}
        error={errorFor("contact")}
        errorPrefix={t.errorLabel}
      >
        <input type="text" spellCheck={false} autoComplete="email" dir="ltr" {...control("contact")} />
      </Field>
      <button className="button" type="submit">
        {t.send}
      </button>
    </form>
  );
}
