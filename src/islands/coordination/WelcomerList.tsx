/** The current welcomers, each with its group, how to reach them, and buttons to pause, resume or remove. */
import { when } from "./labels";
import { useCoordination } from "./state";

export function WelcomerList() {
  const { welcomers, busy, act, loadWelcomers } = useCoordination();
  return (
    <>
      <h3>Current welcomers</h3>
      {welcomers === undefined ? (
        <p>Loading…</p>
      ) : welcomers.length === 0 ? (
        <p>No welcomers yet.</p>
      ) : (
        <ul className="moderation-list">
          {welcomers.map((welcomer) => (
            <li key={welcomer.id} className="card">
              <h4 id={`welcomer-${welcomer.id}`}>{welcomer.name}</h4>
              <ul className="tags" aria-label="Status">
                <li className={welcomer.status === "paused" ? "tag tag--cancelled" : "tag tag--free"}>
                  {welcomer.status === "paused" ? "Paused" : "Active"}
                </li>
              </ul>
              <dl className="facts">
                <dt>Group</dt>
                <dd>{welcomer.groupName}</dd>
                <dt>How to reach them</dt>
                <dd className="pre-line">{welcomer.note || "Not noted"}</dd>
                <dt>Added</dt>
                <dd>
                  {when(welcomer.addedAt)} by {welcomer.addedBy}
                </dd>
              </dl>
              <p className="actions">
                <button
                  className="button button--secondary"
                  type="button"
                  aria-disabled={busy || undefined}
                  aria-describedby={`welcomer-${welcomer.id}`}
                  onClick={() =>
                    void act(
                      `welcomers/${welcomer.id}/${welcomer.status === "paused" ? "resume" : "pause"}`,
                      { method: "POST" },
                      welcomer.status === "paused"
                        ? `${welcomer.name} is active again.`
                        : `${welcomer.name} is paused: they will not be offered for new requests.`,
                      {},
                      () => void loadWelcomers(),
                    )
                  }
                >
                  {welcomer.status === "paused" ? "Resume" : "Pause"}
                </button>
                <button
                  className="button button--secondary"
                  type="button"
                  aria-disabled={busy || undefined}
                  aria-describedby={`welcomer-${welcomer.id}`}
                  onClick={() =>
                    void act(
                      `welcomers/${welcomer.id}`,
                      { method: "DELETE" },
                      `${welcomer.name} is removed.`,
                      {},
                      () => void loadWelcomers(),
                    )
                  }
                >
                  Remove
                </button>
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
