/** The app icons, drawn from the logo at build time (src/views/app-icons.ts): /icons/icon-192.png and the rest. */
import type { APIRoute, GetStaticPaths } from "astro";
import { appIconPng, APP_ICONS, type AppIcon } from "../../views/app-icons";

export const getStaticPaths = (() =>
  (Object.keys(APP_ICONS) as AppIcon[])
    .filter((icon) => icon !== "apple-touch-icon")
    .map((icon) => ({ params: { icon } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(new Uint8Array(await appIconPng(params.icon as AppIcon)), { headers: { "Content-Type": "image/png" } });
