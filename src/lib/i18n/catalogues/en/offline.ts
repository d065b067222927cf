/**
 * The words for using the site with no signal: the notice on a page opened from the phone's copy, and the page
 * shown for a page that was never kept (src/pages/[...locale]/offline.astro). The service worker writes the notice.
 */
export const offline = {
  title: "You're offline",
  description: "What opens on Stoke Together when there is no connection.",
  heading: "You're offline",
  lede: "This page isn't saved on your phone or computer yet, so it can't open without a connection.",
  whatWorks:
    "Pages you have opened before, and the listings on your list, still open with no signal. Each one says when it was saved.",
  tryAgain: "When you have signal again, open the page again.",
  homeLink: "Go to the home page",
  /** At the top of a page opened from the saved copy: when it was saved, e.g. "3 December" and "14:05". */
  notice: (day: string, time: string) => `You're offline. This page was saved on ${day} at ${time}.`,
  /** Instead, when the signal is too weak for the page to arrive in time and the saved copy is shown. */
  slowNotice: (day: string, time: string) => `The signal is weak, so this is the copy saved on ${day} at ${time}.`,
  /** The link beside the notice, to the same page, for the latest copy when the signal is back. */
  retry: "Try again for the latest",
};
