/** The reports of concern, each new one with a button to mark it read. */
import { when } from "./labels";
import { useCoordination } from "./state";

export function ReportList() {
  const { reports, busy, act, load } = useCoordination();
  return reports === undefined ? (
    <p>Loading…</p>
  ) : reports.length === 0 ? (
    <p>No concerns have been reported.</p>
  ) : (
    <ul className="moderation-list">
      {reports.map((report) => (
        <li key={report.id} className="card">
          <h3 id={`report-${report.id}`}>
            Reported {when(report.receivedAt)}
            {report.requestReference ? ` about ${report.requestReference}` : ""}
            {report.listing ? ` about a listing (${report.listing.reference})` : ""}
          </h3>
          <ul className="tags" aria-label="Status">
            <li className={report.status === "new" ? "tag tag--buddy" : "tag"}>
              {report.status === "new" ? "New" : `Read by ${report.readBy ?? "a coordinator"}`}
            </li>
          </ul>
          <p className="pre-line">{report.message}</p>
          <dl className="facts">
            {report.listing && (
              <>
                <dt>Listing that seems unsafe or unsuitable</dt>
                <dd>
                  <a href={report.listing.path}>{report.listing.title}</a> (moderators see it too)
                </dd>
              </>
            )}
            {report.eventTitle && !report.listing && (
              <>
                <dt>Event</dt>
                <dd>{report.eventTitle}</dd>
              </>
            )}
            <dt>Contact</dt>
            <dd>{report.contact || "None given"}</dd>
          </dl>
          {report.status === "new" && (
            <button
              className="button button--secondary"
              type="button"
              aria-disabled={busy || undefined}
              aria-describedby={`report-${report.id}`}
              onClick={() =>
                void act(`reports/${report.id}/read`, { method: "POST" }, "Marked as read.", {}, () => void load())
              }
            >
              Mark read
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
