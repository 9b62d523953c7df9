import { en } from './en';
import { es } from './es';
import type { Lang } from './locales';

export { fill, plural, type Plural } from './text';

/** The shape of `en` with every text widened to `string`: what each language's dictionary must fill in. */
type Texts<T> = T extends string ? string : { [K in keyof T]: Texts<T[K]> };
export type Dictionary = Texts<typeof en>;

const DICTIONARIES: Record<Lang, Dictionary> = { en, es };

export function dictionary(lang: Lang): Dictionary {
  return DICTIONARIES[lang];
}
