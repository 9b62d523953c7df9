import type { Lang } from './locales';

/**
 * The error page's texts, apart from the dictionaries: an error boundary is
 * an interactive island with no props to carry them, and importing a whole
 * dictionary would ship it. A language missing here fails the type check.
 */
export const ERROR_TEXTS: Record<Lang, { invalidTitle: string; invalidLead: string; failedTitle: string; failedLead: string }> = {
  en: {
    invalidTitle: 'Invalid content',
    invalidLead: 'Fix these problems in content/ and reload; the list is the same as npm run check prints.',
    failedTitle: 'This page could not be shown',
    failedLead: 'Reload the page, or go back to the home page.',
  },
  es: {
    invalidTitle: 'Contenido no válido',
    invalidLead: 'Corrija estos problemas en content/ y vuelva a cargar; la lista es la misma que imprime npm run check.',
    failedTitle: 'No se pudo mostrar esta página',
    failedLead: 'Vuelva a cargar la página o regrese a la página de inicio.',
  },
};
