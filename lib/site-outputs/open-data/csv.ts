/*
 * CSV as RFC 4180 defines it: CRLF between records, a field quoted when it
 * holds a comma, a quote or a line break, a quote inside doubled. No byte
 * order mark: the file is UTF-8 and says so in its Content-Type.
 */

const NEEDS_QUOTES = /[",\r\n]/;

/** Rows of fields as CSV text, the first row being the header. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map((field) => (NEEDS_QUOTES.test(field) ? `"${field.replace(/"/g, '""')}"` : field)).join(',')).join('\r\n') + '\r\n';
}

/** CSV text back into rows of fields (what toCsv writes, and any RFC 4180 file). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charAt(index);
    if (quoted) {
      if (char !== '"') field += char;
      else if (text.charAt(index + 1) === '"') {
        field += '"';
        index++;
      } else quoted = false;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text.charAt(index + 1) === '\n') index++;
      rows.push([...row, field]);
      row = [];
      field = '';
    } else field += char;
  }
  // A last record without a line break after it.
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}
