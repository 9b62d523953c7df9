import { dictionary } from '@/lib/i18n/dictionary';
import { SEARCH_BOX_TEXTS, pick } from '@/lib/i18n/island-texts';
import { localizePath, otherLang } from '@/lib/i18n/locales';
import { pageLang, t } from '@/lib/i18n/page-lang';
import { routes } from '@/lib/routes';
import { HeaderMenu } from './header-menu';
import { HeaderSearchButton } from './header-search-button';
import { LanguageSwitch } from './language-switch';
import { SearchBox } from './search/search-box';
import { ThemeToggle } from './theme-toggle';


/**
 * One row of fixed height (3.75rem; `--header-offset` in globals.css is it plus the border), sticky on
 * every screen. Phones: the site name, a search button and a menu; the search box shows while it has
 * focus, the menu holds the navigation and the theme toggle. From `lg`: name, search box, navigation,
 * toggle inline. Fixed tracks and widths keep everything where it ends up while the row is still being parsed.
 */
export function SiteHeader() {
  const lang = pageLang();
  const text = t();
  const other = otherLang(lang);
  const nav = (['themes', 'speakers', 'events', 'topics', 'figures', 'about'] as const).map((key) => ({
    href: localizePath(routes[key], lang),
    label: text.nav[key === 'events' ? 'conferences' : key],
  }));
  return (
    <header className="sticky top-0 z-30 border-b border-zinc-200 bg-white/95 backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/95">
      <div className="relative mx-auto grid h-15 max-w-6xl grid-cols-[1fr_2.75rem_2.75rem] items-center gap-x-2 px-4 lg:flex lg:gap-x-6">
        <a href={localizePath(routes.home, lang)} className="flex min-h-11 items-center justify-self-start font-serif text-lg font-bold text-brand-700 no-underline dark:text-brand-100">
          Insights <span className="sr-only">— {text.layout.home}</span>
        </a>
        <HeaderSearchButton href={localizePath(routes.search, lang)} label={text.layout.search} />
        <div className="border-zinc-200 bg-white max-lg:absolute max-lg:inset-x-0 max-lg:top-full max-lg:border-b max-lg:px-4 max-lg:py-3 max-lg:shadow-lg max-lg:not-focus-within:sr-only lg:relative lg:w-64 lg:shrink-0 lg:bg-transparent dark:border-zinc-800 dark:bg-zinc-950 lg:dark:bg-transparent">
          <SearchBox lang={lang} text={pick(text.search, SEARCH_BOX_TEXTS)} />
        </div>
        <HeaderMenu label={text.layout.menu}>
          <nav aria-label={text.layout.mainNav}>
            <ul className="flex flex-col text-base lg:flex-row lg:gap-x-4 lg:text-sm">
              {nav.map((item) => (
                <li key={item.href}>
                  <a
                    href={item.href}
                    className="flex min-h-11 items-center text-zinc-700 hover:text-brand-700 hover:underline lg:min-h-6 lg:pointer-coarse:min-h-11 dark:text-zinc-300 dark:hover:text-brand-100"
                  >
                    {item.label}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {/* As wide and tall as what it holds (the switch, 5rem; the toggle: 3 buttons, padding, border), so it sits where
              it ends up even when the browser paints before the toggle is parsed. */}
          <div className="flex items-center gap-2 lg:ml-auto lg:h-[2.125rem] lg:w-[11.125rem] lg:justify-end lg:pointer-coarse:h-[3.125rem] lg:pointer-coarse:w-[14.125rem]">
            <LanguageSwitch to={other} name={dictionary(other).language.name} label={dictionary(other).language.switchLabel} />
            <div className="flex lg:w-[5.625rem] lg:pointer-coarse:w-[8.625rem]">
              <ThemeToggle text={text.themeToggle} />
            </div>
          </div>
        </HeaderMenu>
      </div>
    </header>
  );
}
