/**
 * Residents' reports of wrong listings, in the moderation console beside submissions: each with the listing (a
 * link), how it reached the site (an imported listing names its feed, so the group can be told), what the
 * reporter said, and their contact if they gave one. A moderator closes an open report as fixed (for an event,
 * recording a cancelled or moved date, the whole event cancelled, or its details put right, which the next build
 * shows), not a problem, or passed on to the group, each with a reason the reporter sees; every decision is in the
 * audit trail.
 */
import { useCallback, useEffect, useState } from "react";
import { Field } from "../../forms/kit";
import { ConsoleMessage, type ApiCall } from "../console/session";
import {
  REPORT_PRIVATE_DAYS,
  REPORT_STATUSES,
  type ReportAuditEntry,
  type ReportStatus,
  type StoredReport,
} from "../../lib/reports/model";
import type { EditableEventDetail, EventCorrection } from "../../lib/reports/corrections";
import { when } from "./when";

type ReportView = Omit<StoredReport, "tokenHash"> & { path: string };

const STATUS_NAMES: Record<ReportStatus, string> = {
  open: "Open",
  fixed: "Fixed",
  "not-a-problem": "Not a problem",
  "passed-on": "Passed on",
};

const REASONS: Record<StoredReport["reason"], string> = {
  time: "Date or time changed",
  cancelled: "Cancelled",
  place: "Place or access details wrong",
  unsafe: "Seems unsafe or unsuitable",
  other: "Something else",
};

const KINDS: Record<StoredReport["listing"]["kind"], string> = {
  events: "Event",
  groups: "Group",
  places: "Place",
  services: "Service",
};

function sourceOf(report: ReportView): string {
  const { about } = report;
  if (about.source === "imported") return about.feed ? `Imported from ${about.feed.name}` : "Imported";
  return about.source === "submitted" ? "Submitted through the site" : "Written by the site's editors";
}

type CorrectionKind = "none" | EventCorrection["kind"];

/** The correction being written for an event, as typed. */
interface CorrectionDraft extends Record<EditableEventDetail, string> {
  kind: CorrectionKind;
  date: string;
  startDate: string;
  endDate: string;
  note: string;
}

const EMPTY_DRAFT: CorrectionDraft = {
  kind: "none",
  date: "",
  startDate: "",
  endDate: "",
  note: "",
  title: "",
  summary: "",
  locationText: "",
  price: "",
  accessibilityNotes: "",
};

/** The details a moderator can put right, as the console names them; left empty, a detail stays as listed. */
const DETAIL_FIELDS: Record<EditableEventDetail, { label: string; multiline?: true }> = {
  title: { label: "Name" },
  summary: { label: "Summary", multiline: true },
  locationText: { label: "Where it is, in words (replaces its place on the site, and turns buddy-up off)" },
  price: { label: "What it costs (makes it an event with a cost)" },
  accessibilityNotes: { label: "Access notes", multiline: true },
};
const DETAILS = Object.keys(DETAIL_FIELDS) as EditableEventDetail[];

function toCorrection(draft: CorrectionDraft): EventCorrection | undefined {
  const note = draft.note.trim() ? { note: draft.note.trim() } : {};
  if (draft.kind === "cancel-date") return { kind: "cancel-date", date: draft.date };
  if (draft.kind === "cancel-event") return { kind: "cancel-event", ...note };
  if (draft.kind === "move-date") {
    return { kind: "move-date", date: draft.date, startDate: draft.startDate, endDate: draft.endDate, ...note };
  }
  if (draft.kind === "edit-details") {
    const changed = DETAILS.map((field) => [field, draft[field].trim()] as const).filter(([, value]) => value);
    return { kind: "edit-details", ...Object.fromEntries(changed) };
  }
  return undefined;
}

function ReportCard({ report, api, onDone }: { report: ReportView; api: ApiCall; onDone: (text: string) => void }) {
  const [reason, setReason] = useState("");
  const [draft, setDraft] = useState<CorrectionDraft>(EMPTY_DRAFT);
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [audit, setAudit] = useState<ReportAuditEntry[]>();
  const id = report.id;
  const isEvent = report.listing.kind === "events";
  const set = (patch: Partial<CorrectionDraft>) => setDraft((current) => ({ ...current, ...patch }));

  const decide = async (decision: Exclude<ReportStatus, "open">, done: string) => {
    setBusy(true);
    const correction = decision === "fixed" && isEvent ? toCorrection(draft) : undefined;
    const result = await api(`reports/${id}/${decision}`, {
      method: "POST",
      body: JSON.stringify({ reason, ...(correction ? { correction } : {}) }),
    });
    setBusy(false);
    if (!result.ok) {
      const fields = result.body.fields ? Object.values(result.body.fields).join("; ") : "";
      setProblem(`${result.body.error ?? "That did not work."} ${fields}`.trim());
      return;
    }
    onDone(correction ? `${done} The site is rebuilding to show the correction.` : done);
  };

  const showAudit = async () => {
    const result = await api(`reports/${id}`);
    if (result.ok) setAudit(result.body["audit"] as ReportAuditEntry[]);
  };

  return (
    <li className="card">
      <h3 id={`listing-report-${id}`}>
        {KINDS[report.listing.kind]}: <a href={report.path}>{report.about.title}</a>
      </h3>
      <ul className="tags" aria-label="About the report">
        <li className={report.reason === "unsafe" ? "tag tag--cancelled" : "tag"}>{REASONS[report.reason]}</li>
        <li className="tag">{STATUS_NAMES[report.status]}</li>
      </ul>
      <dl className="facts">
        <dt>Reference</dt>
        <dd>{report.reference}</dd>
        <dt>Received</dt>
        <dd>{when(report.receivedAt)}</dd>
        <dt>Source</dt>
        <dd>{sourceOf(report)}</dd>
        {report.about.groupId && (
          <>
            <dt>Group</dt>
            <dd>
              <a href={`/groups/${report.about.groupId}/`}>{report.about.groupId}</a>
            </dd>
          </>
        )}
        <dt>What they said</dt>
        <dd className="pre-line">
          {report.privateWordsRemovedAt
            ? `Deleted ${when(report.privateWordsRemovedAt)}, ${REPORT_PRIVATE_DAYS} days after the decision`
            : report.details || "Nothing more"}
        </dd>
        <dt>Contact (private)</dt>
        <dd className="break">{report.contact ? (report.contact.email ?? report.contact.phone) : "None given"}</dd>
        {report.decision && (
          <>
            <dt>Decision</dt>
            <dd>
              {STATUS_NAMES[report.status]} by {report.decision.by}, {when(report.decision.at)}:{" "}
              {report.decision.reason}
            </dd>
          </>
        )}
      </dl>

      {report.status === "open" && (
        <div className="report-decision">
          {problem && (
            <div className="notice notice--alert" role="alert">
              <p>{problem}</p>
            </div>
          )}
          {isEvent && (
            <fieldset className="field">
              <legend>Correction to record when it is fixed (optional)</legend>
              <Field name={`correction-kind-${id}`} label="What to change">
                <select
                  id={`correction-kind-${id}`}
                  value={draft.kind}
                  onChange={(event) => set({ kind: event.target.value as CorrectionKind })}
                >
                  <option value="none">No change to the event</option>
                  <option value="move-date">Move one date</option>
                  <option value="cancel-date">Cancel one date</option>
                  <option value="cancel-event">Cancel the whole event</option>
                  <option value="edit-details">Put its details right</option>
                </select>
              </Field>
              {draft.kind === "edit-details" && (
                <p className="hint">Fill in only what changes; what is left empty stays as listed.</p>
              )}
              {draft.kind === "edit-details" &&
                DETAILS.map((field) => (
                  <CorrectionInput
                    key={field}
                    name={`correction-${field}-${id}`}
                    label={DETAIL_FIELDS[field].label}
                    type={DETAIL_FIELDS[field].multiline ? "textarea" : "text"}
                    value={draft[field]}
                    onChange={(value) => set({ [field]: value })}
                  />
                ))}
              {(draft.kind === "move-date" || draft.kind === "cancel-date") && (
                <CorrectionInput
                  name={`correction-date-${id}`}
                  label="The date as listed now"
                  type="date"
                  value={draft.date}
                  onChange={(value) => set({ date: value })}
                />
              )}
              {draft.kind === "move-date" && (
                <>
                  <CorrectionInput
                    name={`correction-start-${id}`}
                    label="Starts instead"
                    type="datetime-local"
                    value={draft.startDate}
                    onChange={(value) => set({ startDate: value })}
                  />
                  <CorrectionInput
                    name={`correction-end-${id}`}
                    label="Ends instead"
                    type="datetime-local"
                    value={draft.endDate}
                    onChange={(value) => set({ endDate: value })}
                  />
                </>
              )}
              {(draft.kind === "move-date" || draft.kind === "cancel-event") && (
                <CorrectionInput
                  name={`correction-note-${id}`}
                  label="Note shown on the page (optional)"
                  type="text"
                  value={draft.note}
                  onChange={(value) => set({ note: value })}
                />
              )}
            </fieldset>
          )}
          <Field name={`report-reason-${id}`} label="Reason (the reporter sees this)">
            <textarea
              id={`report-reason-${id}`}
              rows={3}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
          </Field>
          <p className="actions">
            <button
              className="button"
              type="button"
              disabled={busy}
              aria-describedby={`listing-report-${id}`}
              onClick={() => void decide("fixed", `Marked ${report.reference} fixed.`)}
            >
              Fixed
            </button>{" "}
            <button
              className="button button--secondary"
              type="button"
              disabled={busy}
              aria-describedby={`listing-report-${id}`}
              onClick={() => void decide("not-a-problem", `Marked ${report.reference} not a problem.`)}
            >
              Not a problem
            </button>{" "}
            <button
              className="button button--secondary"
              type="button"
              disabled={busy}
              aria-describedby={`listing-report-${id}`}
              onClick={() => void decide("passed-on", `Marked ${report.reference} passed on to the group.`)}
            >
              Passed on to the group
            </button>
          </p>
        </div>
      )}
      {audit ? (
        <ol className="audit" aria-label={`Audit trail of ${report.reference}`}>
          {audit.map((entry) => (
            <li key={`${entry.at}-${entry.action}`}>
              {when(entry.at)}: {entry.action} by {entry.by}
              {entry.reason ? ` (${entry.reason})` : ""}
            </li>
          ))}
        </ol>
      ) : (
        <button
          className="link-button"
          type="button"
          aria-describedby={`listing-report-${id}`}
          onClick={() => void showAudit()}
        >
          Show the audit trail
        </button>
      )}
    </li>
  );
}

/** The reports section: a status filter and the reports with it. */
export function ListingReports({ api }: { api: ApiCall }) {
  const [status, setStatus] = useState<ReportStatus>("open");
  const [reports, setReports] = useState<ReportView[]>();
  const [message, setMessage] = useState<{ kind: "ok" | "alert"; text: string }>();

  const load = useCallback(async () => {
    const result = await api(`reports?status=${status}`);
    if (result.ok) setReports(result.body["reports"] as ReportView[]);
    else setMessage({ kind: "alert", text: result.body.error ?? "Could not load reports." });
  }, [api, status]);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section aria-labelledby="listing-reports-heading">
      <h2 id="listing-reports-heading">Reports of wrong listings</h2>
      <ConsoleMessage message={message} />
      <Field name="listing-reports-status" label="Show reports that are">
        <select
          id="listing-reports-status"
          value={status}
          onChange={(event) => {
            setReports(undefined);
            setStatus(event.target.value as ReportStatus);
          }}
        >
          {REPORT_STATUSES.map((value) => (
            <option key={value} value={value}>
              {STATUS_NAMES[value]}
            </option>
          ))}
        </select>
      </Field>
      {reports === undefined ? (
        <p>Loading…</p>
      ) : reports.length === 0 ? (
        <p>Nothing here.</p>
      ) : (
        <ul className="moderation-list">
          {reports.map((report) => (
            <ReportCard
              key={report.id}
              report={report}
              api={api}
              onDone={(text) => {
                setMessage({ kind: "ok", text });
                void load();
              }}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

/** One field of a correction: its label and an input of `type` (or a text box), named and identified by `name`. */
function CorrectionInput(props: {
  name: string;
  label: string;
  type: "date" | "datetime-local" | "text" | "textarea";
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <Field name={props.name} label={props.label}>
      {props.type === "textarea" ? (
        <textarea
          id={props.name}
          rows={3}
          value={props.value}
          onChange={(event) => props.onChange(event.target.value)}
        />
      ) : (
        <input
          id={props.name}
          type={props.type}
          value={props.value}
          onChange={(event) => props.onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
