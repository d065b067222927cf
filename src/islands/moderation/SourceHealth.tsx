/**
 * Source health in the moderation console: the calendars groups asked us to add, then every source the
 * importer reads, failing ones first, with its kind, when it was last fetched and last read in full, the
 * events it gives, the problems found in it, the places to add (its events' locations that match no place on
 * the site), and a button to fetch it now.
 */
import { useCallback, useEffect, useState } from "react";
import { ConsoleMessage, type ApiCall } from "../console/session";
import type { FormOptions } from "../../forms/SubmissionFields";
import { AddSourceForm } from "./AddSourceForm";
import { LICENCES } from "../../lib/domain/licence";
import type { SourceHealth as Row } from "../../../netlify/lib/source-health";
import { SourceRequests } from "./SourceRequests";
import { plural, when } from "./when";

const STATES: Record<Row["state"], { label: string; tag: string }> = {
  failing: { label: "Failing", tag: "tag tag--cancelled" },
  problems: { label: "Has problems", tag: "tag tag--example" },
  never: { label: "Not fetched yet", tag: "tag" },
  ok: { label: "Working", tag: "tag tag--free" },
};

export function SourceHealth({ api, options }: { api: ApiCall; options: FormOptions }) {
  const [rows, setRows] = useState<Row[]>();
  const [message, setMessage] = useState<{ kind: "ok" | "alert"; text: string }>();
  const [busy, setBusy] = useState<string>();

  const load = useCallback(async () => {
    const result = await api("sources");
    if (result.ok) setRows(result.body["sources"] as Row[]);
    else setMessage({ kind: "alert", text: result.body.error ?? "Could not load the sources." });
  }, [api]);

  useEffect(() => {
    void load();
  }, [load]);

  const fetchNow = async (row: Row) => {
    setBusy(row.id);
    setMessage(undefined);
    const result = await api(`sources/${row.id}/fetch`, { method: "POST" });
    setBusy(undefined);
    if (!result.ok) {
      setMessage({ kind: "alert", text: result.body.error ?? `Could not fetch ${row.name}.` });
      return;
    }
    const source = result.body["source"] as Row;
    const changes = result.body["changes"] as { added: number; updated: number; removed: number };
    const changed = changes.added + changes.updated + changes.removed > 0;
    const outcome = source.lastFailure
      ? `It could not be read in full: ${source.lastFailure}. Nothing already listed was lost.`
      : `${source.kind === "oruk" ? plural(source.services, "service") : plural(source.events, "event")}: ${changes.added} new, ${changes.updated} changed, ${changes.removed} removed.`;
    setMessage({
      kind: source.lastFailure ? "alert" : "ok",
      text: `Fetched ${source.name}. ${outcome}${changed ? " The site is rebuilding." : ""}`,
    });
    await load();
  };

  return (
    <section aria-labelledby="sources-heading" className="source-health">
      <h2 id="sources-heading">Sources</h2>
      <p>
        Where listings are imported from, read every hour. A source that has not been read in full for three days shows
        as failing; what it gave before stays on the site. Add a source below, or as a file in{" "}
        <code>content/sources/</code>.
      </p>
      <ConsoleMessage message={message} />
      <SourceRequests
        api={api}
        options={options}
        onAdded={(text) => {
          setMessage({ kind: "ok", text });
          void load();
        }}
      />
      <h3>Every source</h3>
      {rows === undefined ? (
        <p>Loading…</p>
      ) : rows.length === 0 ? (
        <p>There are no sources yet.</p>
      ) : (
        <ul className="moderation-list">
          {rows.map((row) => (
            <li key={row.id} className="card">
              <h4>{row.name}</h4>
              <ul className="tags" aria-label="State">
                <li className={STATES[row.state].tag}>{STATES[row.state].label}</li>
                {row.paused && <li className="tag">Paused</li>}
                <li className="tag">{row.trusted ? "Publishes directly" : "Each event waits for a moderator"}</li>
              </ul>
              <dl className="facts">
                <dt>Kind</dt>
                <dd>{row.kind ?? "Not known yet"}</dd>
                <dt>Address</dt>
                <dd className="break">{row.address}</dd>
                <dt>Open data</dt>
                <dd>{row.licence ? `Shared under the ${LICENCES[row.licence].name}` : "Not shared: left out"}</dd>
                <dt>Last fetched</dt>
                <dd>{when(row.lastFetchAt)}</dd>
                <dt>Last read in full</dt>
                <dd>{when(row.lastSuccessAt)}</dd>
                {row.failingSince && (
                  <>
                    <dt>Not read in full since</dt>
                    <dd>{when(row.failingSince)}</dd>
                  </>
                )}
                {row.lastFailure && (
                  <>
                    <dt>Why</dt>
                    <dd>{row.lastFailure}</dd>
                  </>
                )}
                {row.kind === "oruk" || row.services > 0 ? (
                  <>
                    <dt>Services</dt>
                    <dd>{row.services}</dd>
                  </>
                ) : (
                  <>
                    <dt>Events</dt>
                    <dd>{row.events}</dd>
                  </>
                )}
                <dt>Problems</dt>
                <dd>{row.problemCount}</dd>
              </dl>
              {row.problems.length > 0 && (
                <details>
                  <summary>The problems found in the last fetch</summary>
                  <ul>
                    {row.problems.map((problem, index) => (
                      <li key={index}>
                        {[problem.uid && `Event ${problem.uid}`, problem.line && `line ${problem.line}`]
                          .filter(Boolean)
                          .join(", ")}
                        {problem.uid || problem.line ? ": " : ""}
                        {problem.reason}
                      </li>
                    ))}
                  </ul>
                  {row.problemCount > row.problems.length && (
                    <p>And {plural(row.problemCount - row.problems.length, "more problem")}.</p>
                  )}
                </details>
              )}
              {row.placesToAdd.length > 0 && (
                <div className="places-to-add">
                  <h4>Places to add</h4>
                  <p>
                    These locations match no place on the site, so their events show the location as the feed writes it,
                    with no map, travel or access details. Add each one to <code>content/places/</code>, with its
                    address and position from a source, and from the next build its events use the place's page.
                  </p>
                  <ul>
                    {row.placesToAdd.map((place) => (
                      <li key={place.text}>
                        <strong>{place.text}</strong>
                        {place.postcode && `, postcode ${place.postcode}`}: {plural(place.events, "event")}
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              <button
                type="button"
                className="button button--secondary"
                disabled={busy !== undefined}
                onClick={() => void fetchNow(row)}
              >
                {busy === row.id ? "Fetching…" : `Fetch ${row.name} now`}
              </button>
            </li>
          ))}
        </ul>
      )}
      <AddSourceForm
        api={api}
        options={options}
        onAdded={(name) => {
          setMessage({
            kind: "ok",
            text: `Added ${name}. Fetch it now to read its events, or wait for the next hourly import.`,
          });
          void load();
        }}
      />
    </section>
  );
}
