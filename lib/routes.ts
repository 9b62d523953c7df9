/** Every URL the site builds, in one place, so pages and the link check agree. */
export const routes = {
  home: '/',
  speakers: '/speakers/',
  speaker: (slug: string) => `/speakers/${slug}/`,
  /** One insight's own page (its id is the stable section id on the speaker's page). */
  insight: (slug: string, id: string) => `/speakers/${slug}/${id}/`,
  themes: '/themes/',
  theme: (slug: string) => `/themes/${slug}/`,
  events: '/events/',
  event: (date: string) => `/events/${date}/`,
  topics: '/topics/',
  topic: (slug: string) => `/topics/${slug}/`,
  about: '/about/',
  search: '/search/',
  figures: '/figures/',
} as const;

/** Pages that exist whatever the content; their fragments are not checked. */
export const staticRoutes: readonly string[] = [
  routes.home,
  routes.speakers,
  routes.themes,
  routes.events,
  routes.topics,
  routes.about,
  routes.search,
  routes.figures,
];
