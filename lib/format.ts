// Month names, not Intl.DateTimeFormat: this module is in the search island's
// bundle, and constructing a DateTimeFormat with a time zone costs 50–65 ms on
// a page's first use (Chromium loads zone data), all of it during hydration.
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2024-12-05` → `December 5, 2024`. Throws on anything but `YYYY-MM-DD` with a real month. */
export function formatDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) throw new Error(`formatDate: expected YYYY-MM-DD, got ${JSON.stringify(isoDate)}`);
  return `${month} ${Number(match[3])}, ${match[1]}`;
}

/** The name with the honorific the report uses: `Ambassador John Bolton`. */
export function displayName(speaker: { name: string; honorific?: string }): string {
  return speaker.honorific ? `${speaker.honorific} ${speaker.name}` : speaker.name;
}
