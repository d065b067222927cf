import type { APIRoute, GetStaticPaths } from "astro";
import { listEmbedWidgets, type EmbedWidget } from "../../../../views/embed";

export const getStaticPaths = (async () =>
  (await listEmbedWidgets()).map((widget) => ({
    params: { kind: widget.kind, id: widget.id },
    props: { widget },
  }))) satisfies GetStaticPaths;

/**
 * One embeddable list's data, for the script that draws it into another site's page (src/browser/embed.ts):
 * the same data its own page is drawn from. netlify.toml lets any site read these files.
 */
export const GET: APIRoute = ({ props }) => {
  const { widget } = props as { widget: EmbedWidget };
  return new Response(JSON.stringify(widget.data), { headers: { "Content-Type": "application/json" } });
};
