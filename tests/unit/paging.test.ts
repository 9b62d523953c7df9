import { describe, expect, it } from 'vitest';
import { listPage, pageCount, pageHref, pageItems, pageNumbers, pageParams, pagePath, parsePage } from '@/lib/paging';

const items = (count: number) => Array.from({ length: count }, (_, index) => index + 1);

describe('pageCount', () => {
  it.each([
    [0, 10, 1],
    [1, 10, 1],
    [10, 10, 1],
    [11, 10, 2],
    [30, 10, 3],
    [10_000, 30, 334],
  ])('%i items, %i a page: %i pages', (total, size, pages) => {
    expect(pageCount(total, size)).toBe(pages);
  });
});

describe('pageItems', () => {
  it.each([
    [25, 1, [1, 10]],
    [25, 2, [11, 20]],
    [25, 3, [21, 25]],
  ])('%i items, page %i holds items %j', (total, page, [from, to]) => {
    expect(pageItems(items(total), page, 10)).toEqual(items(to!).slice(from! - 1));
  });
});

describe('page URLs', () => {
  it.each([
    ['/themes/trade/', 1, 'en', '/themes/trade/'],
    ['/themes/trade/', 2, 'en', '/themes/trade/page/2/'],
    ['/themes/trade/', 1, 'es', '/es/themes/trade/'],
    ['/themes/trade/', 2, 'es', '/es/themes/trade/page/2/'],
    ['/speakers/', 12, 'en', '/speakers/page/12/'],
    ['/speakers/', 12, 'es', '/es/speakers/page/12/'],
    ['/events/2024-12-05/', 3, 'es', '/es/events/2024-12-05/page/3/'],
  ] as const)('%s page %i in %s is %s', (list, page, lang, href) => {
    expect(pageHref(list, page, lang)).toBe(href);
    if (lang === 'en') expect(pagePath(list, page)).toBe(href);
  });
});

describe('parsePage', () => {
  it.each([
    ['1', 25, 1],
    ['2', 25, 2],
    ['3', 25, 3],
    ['4', 25, undefined],
    ['0', 25, undefined],
    ['02', 25, undefined],
    ['-1', 25, undefined],
    ['2.0', 25, undefined],
    ['x', 25, undefined],
    ['', 25, undefined],
    ['2', 0, undefined],
  ])('segment %j of %i items: %s', (segment, total, page) => {
    expect(parsePage(segment, total, 10)).toBe(page);
  });
});

describe('pageParams', () => {
  it('lists every page, the first included (it forwards), so a route always has params', () => {
    expect(pageParams(0, 10)).toEqual([{ page: '1' }]);
    expect(pageParams(10, 10)).toEqual([{ page: '1' }]);
    expect(pageParams(21, 10)).toEqual([{ page: '1' }, { page: '2' }, { page: '3' }]);
  });
});

describe('listPage', () => {
  it.each([
    [undefined, { page: 1, pages: 3, items: items(10), forward: false }],
    ['1', { page: 1, pages: 3, items: items(10), forward: true }],
    ['3', { page: 3, pages: 3, items: [21, 22, 23, 24, 25], forward: false }],
  ])('segment %j', (segment, expected) => {
    expect(listPage('/topics/usmca/', items(25), segment, 'es', 10)).toEqual({ listPath: '/topics/usmca/', lang: 'es', ...expected });
  });

  it.each(['4', '0', 'page', '01'])('segment %j is no page: the route answers 404', (segment) => {
    expect(listPage('/topics/usmca/', items(25), segment, 'en', 10)).toBeUndefined();
  });

  it('a list that fits on one page is that page, with nothing to navigate', () => {
    expect(listPage('/speakers/', items(19), undefined, 'en', 30)).toMatchObject({ page: 1, pages: 1, items: items(19) });
  });
});

describe('pageNumbers', () => {
  it.each([
    [1, 1, [1]],
    [1, 5, [1, 2, 3, 4, 5]],
    [1, 10, [1, 2, 3, null, 10]],
    [5, 10, [1, 2, 3, 4, 5, 6, 7, null, 10]],
    [6, 10, [1, null, 4, 5, 6, 7, 8, 9, 10]],
    [10, 10, [1, null, 8, 9, 10]],
    [50, 334, [1, null, 48, 49, 50, 51, 52, null, 334]],
  ])('page %i of %i: %j', (current, pages, numbers) => {
    expect(pageNumbers(current, pages)).toEqual(numbers);
  });
});
