/**
 * The moderation console. The moderator's token is typed in and kept in this tab's sessionStorage only;
 * it is never part of the built page. Every submitted text is rendered by React as text, so nothing a
 * submitter wrote can run or link anywhere.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { Field } from "../forms/kit";
import { describeWhen } from "../lib/events/describe";
import { FLAG_LABELS } from "../lib/submissions/flags";
import {
  SUBMISSION_STATUSES,
  type SubmissionDetail,
  type SubmissionStatus,
  type SubmissionSummary,
} from "../lib/submissions/model";
import type { SubmittedEvent } from "../lib/submissions/schema";
import { ConsoleMessage, SignedInBar, SignInForm, useConsoleSession } from "./console/session";
import { ImportReview } from "./moderation/ImportReview";
import { ListingReports } from "./moderation/ListingReports";
import { SourceHealth } from "./moderation/SourceHealth";
import type { FormOptions } from "../forms/SubmissionFields";

const TOKEN_KEY = "stoke-together:moderator-token";

/** Each status's tab and heading. */
const STATUS_NAMES: Record<SubmissionStatus, { tab: string; heading: string }> = {
  pending: { tab: "Waiting", heading: "Waiting for a decision" },
  approved: { tab: "Approved", heading: "Approved" },
  rejected: { tab: "Rejected", heading: "Rejected" },
  withdrawn: { tab: "Withdrawn", heading: "Taken off the site" },
};
type Status = SubmissionStatus;
type Summary = SubmissionSummary;
type Detail = SubmissionDetail;

function describePlace(event: SubmittedEvent, options: FormOptions): string {
  if (event.place.kind === "known") {
    const id = event.place.id;
    return options.places.find((place) => place.id === id)?.name ?? id;
  }
  return `New place: ${event.place.name}, ${event.place.address}${event.place.postcode ? `, ${event.place.postcode}` : ""}`;
}

function describeGroup(event: SubmittedEvent, options: FormOptions): string {
  if (event.group.kind === "known") {
    const id = event.group.id;
    return options.groups.find((group) => group.id === id)?.name ?? id;
  }
  return `New group: ${event.group.name}${event.group.url ? ` (${event.group.url})` : ""}`;
}

export default function ModerationConsole({ options }: { options: FormOptions }) {
  const [status, setStatus] = useState<Status>("pending");
  /** Submissions (by status), reports of wrong listings, imported events, or sources. */
  const [view, setView] = useState<"submissions" | "reports" | "imports" | "sources">("submissions");
  const [list, setList] = useState<Summary[]>();
  const [detail, setDetail] = useState<Detail>();
  const [draft, setDraft] = useState<SubmittedEvent>();
  const [reason, setReason] = useState("");
  const [message, setMessage] = useState<{ kind: "ok" | "alert"; text: string }>();
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const { token, name, api, signIn, signOut, signInProblem } = useConsoleSession({
    apiBase: "/api/moderation/",
    tokenKey: TOKEN_KEY,
    role: "moderator",
    onSignedIn: () => setMessage(undefined),
  });

  const refresh = useCallback(async () => {
    if (!token) return;
    const result = await api(`submissions?status=${status}`);
    if (result.ok) setList(result.body["submissions"] as Summary[]);
    else setMessage({ kind: "alert", text: result.body.error ?? "Could not load submissions." });
  }, [api, status, token]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const open = async (id: string) => {
    const result = await api(`submissions/${id}`);
    if (!result.ok) {
      setMessage({ kind: "alert", text: result.body.error ?? "Could not open that submission." });
      return;
    }
    const loaded = result.body as unknown as Detail;
    setDetail(loaded);
    setDraft(loaded.submission.event);
    setReason("");
    setMessage(undefined);
    requestAnimationFrame(() => headingRef.current?.focus());
  };

  const act = async (path: string, init: RequestInit, done: string) => {
    if (!detail) return;
    setBusy(true);
    const result = await api(`submissions/${detail.submission.id}${path}`, init);
    setBusy(false);
    if (!result.ok) {
      const fields = result.body.fields ? Object.values(result.body.fields).join("; ") : "";
      setMessage({ kind: "alert", text: `${result.body.error ?? "That did not work."} ${fields}`.trim() });
      return;
    }
    const changed = result.body["changed"] !== false;
    await open(detail.submission.id);
    await refresh();
    setMessage({ kind: "ok", text: changed ? done : "Nothing changed: that was already done." });
  };

  const download = async () => {
    if (!detail) return;
    const response = await fetch(`/api/moderation/submissions/${detail.submission.id}/markdown`, {
      headers: { authorization: `Bearer ${token ?? ""}` },
    });
    if (!response.ok) {
      setMessage({ kind: "alert", text: "This event cannot be downloaded until it can be published." });
      return;
    }
    const name = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? "event.md";
    const link = document.createElement("a");
    link.href = URL.createObjectURL(await response.blob());
    link.download = name;
    link.click();
    URL.revokeObjectURL(link.href);
  };

  if (!token || !name) {
    return <SignInForm label="Moderator token" problem={signInProblem} onSignIn={(typed) => void signIn(typed)} />;
  }

  const set = (patch: Partial<SubmittedEvent>) => setDraft((current) => (current ? { ...current, ...patch } : current));

  return (
    <div className="moderation">
      <SignedInBar
        name={name}
        onSignOut={() => {
          signOut();
          setDetail(undefined);
        }}
      />
      <ConsoleMessage message={message} />
      <nav aria-label="Submissions by status, reports, imported events and sources">
        <ul className="chips">
          {SUBMISSION_STATUSES.map((value) => (
            <li key={value}>
              <a
                href={`#${value}`}
                aria-current={view === "submissions" && status === value ? "page" : undefined}
                onClick={(event) => {
                  event.preventDefault();
                  setStatus(value);
                  setView("submissions");
                  setDetail(undefined);
                }}
              >
                {STATUS_NAMES[value].tab}
              </a>
            </li>
          ))}
          {(["reports", "imports", "sources"] as const).map((value) => (
            <li key={value}>
              <a
                href={`#${value}`}
                aria-current={view === value ? "page" : undefined}
                onClick={(event) => {
                  event.preventDefault();
                  setView(value);
                  setDetail(undefined);
                }}
              >
                {value === "reports" ? "Reports" : value === "imports" ? "Imported" : "Sources"}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {view === "reports" ? (
        <ListingReports api={api} />
      ) : view === "sources" ? (
        <SourceHealth api={api} options={options} />
      ) : view === "imports" ? (
        <ImportReview api={api} options={options} />
      ) : (
        <>
          <h2>{STATUS_NAMES[status].heading}</h2>
          {list === undefined ? (
            <p>Loading…</p>
          ) : list.length === 0 ? (
            <p>Nothing here.</p>
          ) : (
            <ul className="moderation-list">
              {list.map((item) => (
                <li key={item.id} className="card">
                  <button type="button" className="link-button" onClick={() => void open(item.id)}>
                    {item.title}
                  </button>
                  <p className="muted">
                    {item.reference} · starts {item.startDate.replace("T", " ")} · received{" "}
                    {item.receivedAt.slice(0, 16).replace("T", " ")}
                  </p>
                  {item.flags.length > 0 && (
                    <ul className="tags" aria-label="Flags">
                      {item.flags.map((flag) => (
                        <li key={flag} className={flag === "trusted-group" ? "tag" : "tag tag--cancelled"}>
                          {FLAG_LABELS[flag]}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          )}

          {detail && draft && (
            <section className="moderation-detail" aria-labelledby="detail-heading">
              <h2 id="detail-heading" tabIndex={-1} ref={headingRef}>
                {detail.submission.event.title}
              </h2>
              <dl className="facts">
                <dt>Reference</dt>
                <dd>{detail.submission.reference}</dd>
                <dt>Status</dt>
                <dd>{STATUS_NAMES[detail.submission.status].heading}</dd>
                <dt>Contact (private)</dt>
                <dd>{detail.submission.contactEmail}</dd>
                <dt>Summary</dt>
                <dd>{detail.submission.event.summary}</dd>
                <dt>Description</dt>
                <dd className="pre-line">{detail.submission.event.description}</dd>
                <dt>When</dt>
                <dd>{describeWhen(detail.submission.event)}</dd>
                <dt>Where</dt>
                <dd>{describePlace(detail.submission.event, options)}</dd>
                <dt>Who runs it</dt>
                <dd>{describeGroup(detail.submission.event, options)}</dd>
                <dt>Cost</dt>
                <dd>
                  {detail.submission.event.isAccessibleForFree
                    ? "Free"
                    : detail.submission.event.payWhatYouCan
                      ? "Pay what you can"
                      : (detail.submission.event.price ?? "")}
                </dd>
                <dt>Website</dt>
                <dd>{detail.submission.event.url ?? "None"}</dd>
                <dt>What to bring</dt>
                <dd>{detail.submission.event.whatToExpect.whatToBring ?? "Not said"}</dd>
                {detail.submission.decision?.reason && (
                  <>
                    <dt>Reason</dt>
                    <dd>{detail.submission.decision.reason}</dd>
                  </>
                )}
              </dl>

              {(detail.submission.status === "pending" || detail.submission.status === "approved") && (
                <form
                  onSubmit={(event) => {
                    event.preventDefault();
                    void act(
                      "",
                      { method: "PATCH", body: JSON.stringify({ event: draft }) },
                      detail.submission.status === "approved"
                        ? "Your changes are saved. The site is rebuilding to show them."
                        : "Your changes are saved.",
                    );
                  }}
                >
                  <h3>Edit</h3>
                  <Field name="edit-title" label="Title">
                    <input
                      id="edit-title"
                      type="text"
                      value={draft.title}
                      onChange={(e) => set({ title: e.target.value })}
                    />
                  </Field>
                  <Field name="edit-summary" label="Summary">
                    <textarea
                      id="edit-summary"
                      rows={3}
                      value={draft.summary}
                      onChange={(e) => set({ summary: e.target.value })}
                    />
                  </Field>
                  <Field name="edit-description" label="Description">
                    <textarea
                      id="edit-description"
                      rows={6}
                      value={draft.description}
                      onChange={(e) => set({ description: e.target.value })}
                    />
                  </Field>
                  <Field name="edit-place" label="Place">
                    <select
                      id="edit-place"
                      value={draft.place.kind === "known" ? draft.place.id : ""}
                      onChange={(e) => set({ place: { kind: "known", id: e.target.value } })}
                    >
                      <option value="">
                        {draft.place.kind === "new" ? `New: ${draft.place.name}` : "Choose a place"}
                      </option>
                      {options.places.map((place) => (
                        <option key={place.id} value={place.id}>
                          {place.name}
                        </option>
                      ))}
                    </select>
                  </Field>
                  <Field name="edit-group" label="Group">
                    <select
                      id="edit-group"
                      value={draft.group.kind === "known" ? draft.group.id : ""}
                      onChange={(e) => set({ group: { kind: "known", id: e.target.value } })}
                    >
                      <option value="">
                        {draft.group.kind === "new" ? `New: ${draft.group.name}` : "Choose a group"}
                      </option>
                      {options.groups.map((group) => (
                        <option key={group.id} value={group.id}>
                          {group.name}
                        </option>
                      ))}
                    </select>
                  </Field>
                  <button className="button button--secondary" type="submit" disabled={busy}>
                    Save changes
                  </button>
                </form>
              )}

              {detail.submission.status === "pending" && (
                <>
                  <h3>Decide</h3>
                  <p className="actions">
                    <button
                      className="button"
                      type="button"
                      disabled={busy}
                      onClick={() =>
                        void act(
                          "/approve",
                          { method: "POST", body: "{}" },
                          "Approved. The site is rebuilding to publish it.",
                        )
                      }
                    >
                      Approve
                    </button>{" "}
                    <button
                      className="button"
                      type="button"
                      disabled={busy || draft.group.kind !== "known"}
                      onClick={() =>
                        void act(
                          "/approve",
                          { method: "POST", body: JSON.stringify({ trustGroup: true }) },
                          "Approved, and the group is now trusted. The site is rebuilding to publish it.",
                        )
                      }
                    >
                      Approve and trust this group
                    </button>
                  </p>
                  <Field name="reject-reason" label="Reason for rejecting (the submitter sees this)">
                    <textarea id="reject-reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} />
                  </Field>
                  <button
                    className="button button--secondary"
                    type="button"
                    disabled={busy}
                    onClick={() =>
                      void act("/reject", { method: "POST", body: JSON.stringify({ reason }) }, "Rejected.")
                    }
                  >
                    Reject
                  </button>
                </>
              )}

              {detail.submission.status === "approved" && (
                <>
                  <p>
                    <button className="button button--secondary" type="button" onClick={() => void download()}>
                      Download as Markdown for content/events/
                    </button>
                  </p>
                  <h3>Take it off the site</h3>
                  <Field name="withdraw-reason" label="Reason for taking it off the site (the submitter sees this)">
                    <textarea
                      id="withdraw-reason"
                      rows={3}
                      value={reason}
                      onChange={(e) => setReason(e.target.value)}
                    />
                  </Field>
                  <button
                    className="button button--secondary"
                    type="button"
                    disabled={busy}
                    onClick={() =>
                      void act(
                        "/withdraw",
                        { method: "POST", body: JSON.stringify({ reason }) },
                        "Withdrawn. The site is rebuilding without it.",
                      )
                    }
                  >
                    Withdraw from the site
                  </button>
                </>
              )}

              <h3>Audit trail</h3>
              <ol className="audit">
                {detail.audit.map((entry) => (
                  <li key={`${entry.at}-${entry.action}`}>
                    {entry.at.slice(0, 16).replace("T", " ")}: {entry.action} by {entry.by}
                    {entry.reason ? ` (${entry.reason})` : ""}
                    {entry.changes ? ` (changed ${Object.keys(entry.changes).join(", ")})` : ""}
                  </li>
                ))}
              </ol>
            </section>
          )}
        </>
      )}
    </div>
  );
}
