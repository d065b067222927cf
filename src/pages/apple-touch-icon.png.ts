/** Apple's touch icon, at the address iOS also asks for by itself: the logo on the site's cobalt (src/views/app-icons.ts). */
import type { APIRoute } from "astro";
import { appIconPng } from "../views/app-icons";

export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await appIconPng("apple-touch-icon")), { headers: { "Content-Type": "image/png" } });
