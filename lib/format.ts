const dateFormat = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/** `2024-12-05` → `December 5, 2024`. */
export function formatDate(isoDate: string): string {
  return dateFormat.format(new Date(`${isoDate}T00:00:00Z`));
}

/** The name with the honorific the report uses: `Ambassador John Bolton`. */
export function displayName(speaker: { name: string; honorific?: string }): string {
  return speaker.honorific ? `${speaker.honorific} ${speaker.name}` : speaker.name;
}
