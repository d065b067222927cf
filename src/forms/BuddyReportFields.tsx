/**
 * The "report a concern" form: public, and also reached from a request's status page, when it carries the
 * request's reference and private token so the coordinators know which arrangement it is about.
 */
import type { FieldProblem, FormValues, ReportField } from "../lib/buddy/request-form";
import { REPORT_FIELDS } from "../lib/buddy/request-form";
import { Field, FormGuards, ErrorSummary, describedBy } from "./kit";

interface Props {
  values: FormValues;
  errors: readonly FieldProblem<ReportField>[];
  formStarted: string;
  /** The request it is about, when reported from a status page. */
  request?: { id: string; token: string; reference: string } | undefined;
}

function text(values: FormValues, name: string): string {
  const value = values[name];
  return Array.isArray(value) ? (value[0] ?? "") : (value ?? "");
}

/** The whole report form. */
export default function BuddyReportFields({ values, errors, formStarted, request }: Props) {
  const errorFor = (name: ReportField) => errors.find((error) => error.field === name)?.message;
  const messageHint = "Say what happened, when and where. You don't have to give names.";
  const contactHint = "An email address or phone number, if you'd like a coordinator to get back to you.";
  return (
    <form className="submission-form buddy-form" method="post" action="/api/buddy-reports" noValidate>
      <ErrorSummary errors={errors} />
      <FormGuards formStarted={formStarted} />
      {request && (
        <>
          <input type="hidden" name="ref" value={request.id} />
          <input type="hidden" name="token" value={request.token} />
          <p>
            This report is about your buddy-up request <strong>{request.reference}</strong>.
          </p>
        </>
      )}
      <Field name="message" label={REPORT_FIELDS.message} hint={messageHint} error={errorFor("message")}>
        <textarea
          id="message"
          name="message"
          rows={7}
          defaultValue={text(values, "message")}
          aria-describedby={describedBy("message", messageHint, errorFor("message"))}
          aria-invalid={errorFor("message") ? true : undefined}
        />
      </Field>
      <Field name="contact" label={REPORT_FIELDS.contact} hint={contactHint} error={errorFor("contact")}>
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
        Send to the coordinators
      </button>
    </form>
  );
}
