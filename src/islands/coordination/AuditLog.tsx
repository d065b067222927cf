/** The coordination audit log: the most recent changes, newest first, each naming its request where it has one. */
import { auditSubject } from "../../lib/buddy/coordination";
import { ACTION_LABELS, when } from "./labels";
import { useCoordination } from "./state";

export function AuditLog() {
  const { entries } = useCoordination();
  return entries === undefined ? (
    <p>Loading…</p>
  ) : entries.length === 0 ? (
    <p>Nothing recorded yet.</p>
  ) : (
    <>
      <p>The most recent 200 changes, newest first.</p>
      <ol className="audit">
        {entries.map((entry, index) => (
          <li key={`${entry.at}-${index}`}>
            {when(entry.at)}: {auditSubject(entry) ? `${auditSubject(entry)}: ` : ""}
            {ACTION_LABELS[entry.action]} by {entry.by}
            {entry.detail ? `. ${entry.detail}` : ""}
          </li>
        ))}
      </ol>
    </>
  );
}
