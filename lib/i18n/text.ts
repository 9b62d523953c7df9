/**
 * Filling in interface texts: kept apart from the dictionaries so an
 * interactive island can use it without shipping every language's texts.
 */

/** A text that depends on a count: the form for exactly one, and for any other number. */
export interface Plural {
  one: string;
  other: string;
}

/**
 * Fills `{name}` placeholders. A placeholder without a value is an error, not
 * text left on a page.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`fill: no value for {${name}} in ${JSON.stringify(template)}`);
    return String(value);
  });
}

/**
 * The form for `count`, filled with it. English and Spanish agree on the
 * rule: the singular for exactly one, the plural for every other number,
 * zero included ("0 results", "0 resultados").
 */
export function plural(forms: Plural, count: number, values: Record<string, string | number> = {}): string {
  return fill(count === 1 ? forms.one : forms.other, { count, ...values });
}
