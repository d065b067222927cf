/** The links between the console's sections; the one on screen is marked as the current page. */
import { SECTIONS } from "./labels";
import { useCoordination } from "./state";

export function SectionNav() {
  const { section, show } = useCoordination();
  return (
    <nav aria-label="Coordination sections">
      <ul className="chips">
        {SECTIONS.map((entry) => (
          <li key={entry.id}>
            <a
              href={`#${entry.id}`}
              aria-current={section === entry.id ? "page" : undefined}
              onClick={(click) => {
                click.preventDefault();
                show(entry.id);
              }}
            >
              {entry.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
