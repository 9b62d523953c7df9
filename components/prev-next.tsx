import { fill } from '@/lib/i18n/dictionary';
import { t } from '@/lib/i18n/page-lang';

// A 24 px target, 44 px on touch screens (WCAG 2.5.8, 2.5.5).
const linkClass = 'inline-flex min-h-6 items-center hover:underline pointer-coarse:min-h-11';

interface Neighbour {
  href: string;
  title: string;
}

/** Previous and next page in a sequence (themes in report order, conferences by date, speakers by name). */
export function PrevNext({ label, noun, previous, next }: { label: string; noun: string; previous?: Neighbour; next?: Neighbour }) {
  if (!previous && !next) return null;
  const text = t().nav;
  return (
    <nav aria-label={label} className="mt-12 flex flex-wrap justify-between gap-4 border-t border-zinc-200 pt-6 text-sm print:hidden dark:border-zinc-800">
      {previous ? (
        <a href={previous.href} rel="prev" className={linkClass}>
          {fill(text.previous, { noun, title: previous.title })}
        </a>
      ) : (
        <span />
      )}
      {next && (
        <a href={next.href} rel="next" className={`${linkClass} ml-auto justify-end text-right`}>
          {fill(text.next, { noun, title: next.title })}
        </a>
      )}
    </nav>
  );
}
