import { stemmer } from '@orama/stemmers/spanish';
import { keepShortWords, type SearchLanguage } from './language';

/**
 * Spanish function words, folded (`segun` for “según”): articles,
 * prepositions, conjunctions, pronouns and a few auxiliaries. A query of
 * these alone (`de la`) finds nothing; in a longer one (`lavado de dinero`)
 * only the other words count.
 */
const STOP_WORDS = new Set(
  [
    'el la lo los las un una unos unas al del',
    'a ante bajo con contra de desde durante en entre hacia hasta para por segun sin sobre tras',
    'y e o u ni que pero sino si como porque aunque cuando donde cual cuales quien quienes',
    'se su sus le les me te nos mi mis tu tus este esta estos estas ese esa esos esas esto eso',
    'es son ser fue era ha han hay mas muy ya tambien',
  ].flatMap((line) => line.split(' ')),
);

/**
 * Spanish: the Snowball stem of a folded word (Orama's port, about 2.3 KB
 * gzip), so singular and plural meet (`aranceles` and `arancel` → `arancel`,
 * `fronteras` and `frontera` → `fronter`). Words are folded before stemming
 * on both sides, so a query typed without accents stems as the text does.
 */
export const spanish: SearchLanguage = { stem: keepShortWords(stemmer), stopWords: STOP_WORDS };
