/** Where the reader's theme choice is kept. */
export const THEME_KEY = 'insights-theme';

export type ThemeChoice = 'system' | 'light' | 'dark';

/**
 * Runs in <head> before the body paints: applies a stored choice so the
 * page never flashes the other theme. Static text, so the CSP hashes it.
 */
export const themeScript = `try{var t=localStorage.getItem(${JSON.stringify(THEME_KEY)});if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;
