'use client';

import { useSyncExternalStore } from 'react';
import type { Dictionary } from '@/lib/i18n/dictionary';
import { THEME_KEY, type ThemeChoice } from '@/lib/theme';

const CHOICES: { value: ThemeChoice; icon: string }[] = [
  { value: 'system', icon: '◐' },
  { value: 'light', icon: '☀' },
  { value: 'dark', icon: '☾' },
];

// The applied choice lives in one place, <html data-theme>: the script in the
// layout's <head> sets it before first paint, and the toggle changes it.
function appliedChoice(): ThemeChoice {
  const applied = document.documentElement.dataset.theme;
  return applied === 'light' || applied === 'dark' ? applied : 'system';
}

// The server cannot know a stored choice; hydration starts from this and then
// moves to the applied one.
const serverChoice = (): ThemeChoice => 'system';

function onChoiceChange(notify: () => void): () => void {
  const observer = new MutationObserver(notify);
  observer.observe(document.documentElement, { attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}

function choose(value: ThemeChoice): void {
  try {
    if (value === 'system') localStorage.removeItem(THEME_KEY);
    else localStorage.setItem(THEME_KEY, value);
  } catch {
    // Storage may be blocked; the choice then lasts for this page only.
  }
  if (value === 'system') delete document.documentElement.dataset.theme;
  else document.documentElement.dataset.theme = value;
}

/**
 * Light, dark, or the device's choice (the default). The choice is stored
 * and applied before first paint by the script in the layout's <head>, so
 * the wrong theme never flashes.
 */
export function ThemeToggle({ text }: { text: Dictionary['themeToggle'] }) {
  const choice = useSyncExternalStore(onChoiceChange, appliedChoice, serverChoice);

  return (
    <div role="group" aria-label={text.group} className="flex rounded-md border border-zinc-300 p-0.5 print:hidden dark:border-zinc-700">
      {CHOICES.map(({ value, icon }) => (
        <button
          key={value}
          type="button"
          aria-pressed={choice === value}
          aria-label={text[value]}
          title={text[value]}
          onClick={() => choose(value)}
          className="h-7 w-7 rounded pointer-coarse:h-11 pointer-coarse:w-11 text-sm text-zinc-700 hover:bg-zinc-100 aria-pressed:bg-brand-700 aria-pressed:text-white dark:text-zinc-300 dark:hover:bg-zinc-800 dark:aria-pressed:bg-brand-100 dark:aria-pressed:text-zinc-900"
        >
          <span aria-hidden="true">{icon}</span>
        </button>
      ))}
    </div>
  );
}
