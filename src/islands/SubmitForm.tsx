/**
 * The submission form, enhanced: checks every field with the same schema as the server before sending,
 * shows an error summary that takes focus, sends with fetch, and never clears what was typed. Its words come
 * from the page as plain data in the page's language, and the server answers in the same language.
 */
import { useEffect, useMemo, useRef, useState } from "react";
import { readSubmissionForm, type FormContext, type FormField, type FormValues } from "../lib/submissions/form";
import { describeSubmissionProblems, type SubmissionWords } from "../lib/submissions/form-words";
import type { FieldMessage } from "../lib/submissions/problems";
import { toLocalDateTime } from "../lib/time/local";
import SubmissionFields, { type FormOptions } from "../forms/SubmissionFields";

interface Props {
  options: FormOptions;
  formStarted: string;
  words: SubmissionWords;
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

/** What a refused send is told, from the answer's status: the server's own words are for scripts. */
function noticeFor(words: SubmissionWords, status: number, body: { fields?: unknown; formStarted?: unknown }): string {
  const { notices } = words;
  if (body.fields) return notices.checkAnswers;
  if (body.formStarted) return notices.expired;
  if (status === 429) return notices.tooManyEvents;
  if (status === 400) return notices.refused;
  if (status === 503) return notices.unavailableEvents;
  return notices.notSent;
}

export default function SubmitForm({ options, formStarted, words }: Props) {
  const [values, setValues] = useState<FormValues>({ fineToComeAlone: "yes", repeat: "none", bookingRequired: "no" });
  const [errors, setErrors] = useState<FieldMessage<FormField>[]>([]);
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
      setErrors(result.ok ? [] : describeSubmissionProblems(words, result.errors));
    }
  };

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempted(true);
    setProblem(undefined);
    const result = readSubmissionForm(values, context);
    if (!result.ok) {
      setErrors(describeSubmissionProblems(words, result.errors));
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
          lang: words.locale,
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
        setErrors(
          Object.entries(body.fields).map(([field, message]) => ({ field, message }) as FieldMessage<FormField>),
        );
        setFocusSummary((count) => count + 1);
      }
      setProblem(noticeFor(words, response.status, body));
    } catch {
      setProblem(words.notices.offline);
    } finally {
      setBusy(false);
    }
  };

  return (
    <SubmissionFields
      options={options}
      words={words}
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
