// The year an article was written: its own date, else a dated address.
import { describe, expect, it } from 'vitest';
import { yearInAddress, yearOfArticle } from '@/utils/articles/spot/article-year';

describe('yearInAddress: a dated path when the markup gives no date', () => {
  it.each<[string, number | null]>([
    ['https://heavy.com/entertainment/2019/11/the-end-of-the-fucking-world-cast-spoilers-schedule/', 2019],
    ['http://variety.com/2018/tv/news/walking-dead-recap-season-8-finale-recap-1202752214/', 2018],
    ['https://www.theguardian.com/tv-and-radio/2019/nov/05/his-dark-materials-review', 2019],
    ['http://www.pressreader.com/usa/the-arizona-republic/20210511/282127819356798', 2021],
    ['https://www.eonline.com/ca/news/1040384/grey-s-anatomy-renewed-through-season-17', null],
    ['https://example.com/tv/best-shows-of-2019/', null],
    ['https://example.com/tv/3019/', null],
    ['not a url', null],
  ])('%s → %s', (url, year) => {
    expect(yearInAddress(url)).toBe(year);
  });
});

describe('yearOfArticle', () => {
  it('takes the page’s own date first, then its address', () => {
    expect(yearOfArticle({ published: '2017-04-02T10:00:00Z', url: 'https://news.example/2019/11/x/' })).toBe(2017);
    expect(yearOfArticle({ url: 'https://news.example/2019/11/x/' })).toBe(2019);
    expect(yearOfArticle({ url: 'https://news.example/x/' })).toBeNull();
  });
});
