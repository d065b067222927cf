/**
 * The Stoke Together mark's shapes, in a 48 by 48 box: a bottle kiln, the shape of the Potteries skyline. Drawn by
 * Logo.astro in every page's header, and into the app icons (src/views/app-icons.ts).
 */
export const LOGO_SHAPES =
  '<circle cx="24" cy="24" r="23" fill="#fbf6ee"></circle>' +
  '<path d="M19 8h10l-1 5c7 5 10 12 10 19 0 5-2 8-4 9H14c-2-1-4-4-4-9 0-7 3-14 10-19z" fill="#a3401c"></path>' +
  '<path d="M20 41v-7a4 4 0 0 1 8 0v7z" fill="#1d232e"></path>' +
  '<path d="M21 5h6v3h-6z" fill="#1d232e"></path>';
