/**
 * The submission form, enhanced: checks every field with the same schema as the server before sending,
 * shows an error summary that takes focus, sends with fetch, and never clears what was typed.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import { readSubmissionForm, type FieldError, type FormContext, type FormValues } from "../lib/submissions/form";
import { toLocalDateTime } from "../lib/time/local";
import SubmissionFields, { type FormOptions } from "../forms/SubmissionFields";

interface Props {
  options: FormOptions;
  formStarted: string;
}

const STORAGE_KEY = "stoke-together:submission-draft";

/**
 * Today in the city by the server's clock, read from the signed start time (milliseconds, a dot, the
 * signature), so a device whose clock is wrong neither refuses a good date nor lets a past one through.
 */
function todayFrom(formStarted: string): string {
  const signed = Number(formStarted.split(".")[0]);
  return toLocalDateTime(Number.isSafeInteger(signed) && signed > 0 ? new Date(signed) : new Date()).slice(0, 10);
}

export default function SubmitForm({ options, formStarted }: Props) {
  const [values, setValues] = useState<FormValues>({ fineToComeAlone: "yes", repeat: "none", bookingRequired: "no" });
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [attempted, setAttempted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const [focusSummary, setFocusSummary] = useState(0);
  const [started, setStarted] = useState(formStarted);
  const summaryRef = useRef<HTMLDivElement>(null);
  const context = useMemo<FormContext>(
    () => ({
      today: todayFrom(started),
      listed: {
        places: new Set(options.places.map((place) => place.id)),
        groups: new Set(options.groups.map((group) => group.id)),
      },
    }),
    [options, started],
  );

  // A draft survives a reload or a lost connection, in this tab only.
  useEffect(() => {
    const saved = sessionStorage.getItem(STORAGE_KEY);
    if (saved) setValues(JSON.parse(saved) as FormValues);
  }, []);

  useEffect(() => {
    if (focusSummary > 0) summaryRef.current?.focus();
  }, [focusSummary]);

  const change = (name: string, value: string | string[]) => {
    const next = { ...values, [name]: value };
    setValues(next);
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(next));
    if (attempted) {
      const result = readSubmissionForm(next, context);
      setErrors(result.ok ? [] : result.errors);
    }
  };

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempted(true);
    setProblem(undefined);
    const result = readSubmissionForm(values, context);
    if (!result.ok) {
      setErrors(result.errors);
      setFocusSummary((count) => count + 1);
      return;
    }
    setErrors([]);
    const form = new FormData(event.currentTarget);
    setBusy(true);
    try {
      const response = await fetch("/api/submissions", {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify({
          ...values,
          formStarted: form.get("formStarted") ?? started,
          nickname: form.get("nickname") ?? "",
        }),
      });
      const body = (await response.json().catch(() => ({}))) as {
        error?: string;
        fields?: Record<string, string>;
        statusUrl?: string;
        formStarted?: string;
      };
      // A form opened long ago comes back with a fresh start time, to send it again with.
      if (body.formStarted) setStarted(body.formStarted);
      if (response.ok && body.statusUrl) {
        sessionStorage.removeItem(STORAGE_KEY);
        window.location.assign(body.statusUrl);
        return;
      }
      if (body.fields) {
        setErrors(Object.entries(body.fields).map(([field, message]) => ({ field, message }) as FieldError));
        setFocusSummary((count) => count + 1);
      }
      setProblem(body.error ?? "Your event could not be sent. Nothing you typed has been lost: please try again.");
    } catch {
      setProblem("Your event could not be sent: check your connection. Nothing you typed has been lost.");
    } finally {
      setBusy(false);
    }
  };

  return (
    <SubmissionFields
      options={options}
      values={values}
      errors={errors}
      formStarted={started}
      onChange={change}
      onSubmit={(event) => void submit(event)}
      summaryRef={summaryRef}
      busy={busy}
      problem={problem}
    />
  );
}
