'use client';

import { useEffect, useState } from 'react';
import { THEME_KEY, type ThemeChoice } from '@/lib/theme';

const CHOICES: { value: ThemeChoice; label: string; icon: string }[] = [
  { value: 'system', label: 'System theme', icon: '◐' },
  { value: 'light', label: 'Light theme', icon: '☀' },
  { value: 'dark', label: 'Dark theme', icon: '☾' },
];

/**
 * Light, dark, or the device's choice (the default). The choice is stored
 * and applied before first paint by the script in the layout's <head>, so
 * the wrong theme never flashes.
 */
export function ThemeToggle() {
  const [choice, setChoice] = useState<ThemeChoice>('system');

  useEffect(() => {
    const stored = document.documentElement.dataset.theme;
    setChoice(stored === 'light' || stored === 'dark' ? stored : 'system');
  }, []);

  const choose = (value: ThemeChoice) => {
    setChoice(value);
    try {
      if (value === 'system') localStorage.removeItem(THEME_KEY);
      else localStorage.setItem(THEME_KEY, value);
    } catch {
      // Storage may be blocked; the choice then lasts for this page only.
    }
    if (value === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = value;
  };

  return (
    <div role="group" aria-label="Colour theme" className="flex rounded-md border border-zinc-300 p-0.5 print:hidden dark:border-zinc-700">
      {CHOICES.map(({ value, label, icon }) => (
        <button
          key={value}
          type="button"
          aria-pressed={choice === value}
          aria-label={label}
          title={label}
          onClick={() => choose(value)}
          className="h-7 w-7 rounded text-sm text-zinc-700 hover:bg-zinc-100 aria-pressed:bg-brand-700 aria-pressed:text-white dark:text-zinc-300 dark:hover:bg-zinc-800 dark:aria-pressed:bg-brand-100 dark:aria-pressed:text-zinc-900"
        >
          <span aria-hidden="true">{icon}</span>
        </button>
      ))}
    </div>
  );
}
