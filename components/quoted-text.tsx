import { Fragment } from 'react';
import { QUOTED_ENGLISH } from '@/lib/i18n/quotation';

/**
 * Plain text (a card's excerpt) with the report's English quotations marked
 * `lang="en"` where a translation follows them, as rehype-quotation-lang does
 * for rendered Markdown. English text has no such pattern and passes as is.
 */
export function QuotedText({ text }: { text: string }) {
  const parts = text.split(QUOTED_ENGLISH);
  // split() with a capturing group puts each quotation at an odd index.
  return parts.map((part, index) => (index % 2 === 1 ? <span key={index} lang="en">{part}</span> : <Fragment key={index}>{part}</Fragment>));
}
