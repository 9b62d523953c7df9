import { routes } from '@/lib/routes';
import { SearchBox } from './search/search-box';
import { ThemeToggle } from './theme-toggle';

const nav = [
  { href: routes.themes, label: 'Themes' },
  { href: routes.speakers, label: 'Speakers' },
  { href: routes.events, label: 'Conferences' },
  { href: routes.topics, label: 'Topics' },
  { href: routes.figures, label: 'Figures' },
  { href: routes.about, label: 'About' },
];

export function SiteHeader() {
  return (
    <header className="z-30 lg:sticky lg:top-0 border-b border-zinc-200 bg-white/95 backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/95">
      <div className="relative mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        {/* As tall as the search box beside it, so the row keeps its height if a paint comes before the box is parsed. */}
        <a href={routes.home} className="flex min-h-[2.125rem] items-center font-serif text-lg font-bold text-brand-700 no-underline dark:text-brand-100">
          Insights <span className="sr-only">— home</span>
        </a>
        <nav aria-label="Main" className="order-3 w-full sm:order-none sm:w-auto">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {nav.map((item) => (
              <li key={item.href}>
                <a href={item.href} className="text-zinc-700 hover:text-brand-700 hover:underline dark:text-zinc-300 dark:hover:text-brand-100">
                  {item.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {/*
          Fixed tracks (search 11rem/16rem, toggle 3 × 1.75rem + padding and border): the
          controls take their place before they are parsed, so a paint in between moves nothing.
        */}
        <div className="ml-auto grid grid-cols-[11rem_5.625rem] items-center gap-x-2 sm:grid-cols-[16rem_5.625rem] sm:gap-x-6">
          <SearchBox />
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
