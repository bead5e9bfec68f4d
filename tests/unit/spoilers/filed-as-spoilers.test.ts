import { findSpoilerFiling } from '../../../utils/spoilers/filed-as-spoilers';

describe('findSpoilerFiling', () => {
  it.each([
    ['https://www.example.co.uk/tv/soaps/spoilers/emmerdale-kim-tate-found-dead-123/', '/spoilers/'],
    ['https://www.example.com/soap-spoilers/2021/05/emmerdale-kim-tate/', '/soap-spoilers/'],
  ])('takes a spoilers folder in the URL: %s', (url, evidence) => {
    expect(findSpoilerFiling({ url })).toEqual({ signal: 'url', evidence });
  });

  it.each([
    // Real slugs: the Heavy page opens with safe paragraphs; the slug echoes the headline.
    'https://heavy.com/entertainment/2019/11/the-end-of-the-fucking-world-cast-spoilers-schedule/',
    'https://www.thescottishsun.co.uk/tv/7276102/emmerdale-spoilers-kim-tate-death-will-taylor/',
    'https://www.example.com/tv/spoiler-free-review-andor/',
    'not a url',
  ])('does not take a slug or a bad URL: %s', (url) => {
    expect(findSpoilerFiling({ url })).toBeNull();
  });

  it.each([
    [{ sections: ['Soap Spoilers'] }, 'section', 'Soap Spoilers'],
    [{ sections: ['TV'], labels: ['Home', 'TV', 'Emmerdale spoilers'] }, 'label', 'Emmerdale spoilers'],
    [{ keywords: ['Emmerdale', 'ITV', 'Spoilers'] }, 'keyword', 'Spoilers'],
    [{ keywords: ['spoiler'] }, 'keyword', 'spoiler'],
  ] as const)('takes a spoilers section, label or keyword: %j', (page, signal, evidence) => {
    expect(findSpoilerFiling(page)).toEqual({ signal, evidence });
  });

  it.each([
    { sections: ['TV', 'Company Town'] },
    { labels: ['Spoiler Alert', 'Jim Parsons'] },
    { keywords: ['spoiler-free', 'no spoilers', 'spoiler policy', 'The Chase', 'Bradley Walsh'] },
    { labels: ['Why fans hate spoilers and what the studios do about it'] },
  ])('ignores entries that only mention spoilers: %j', (page) => {
    expect(findSpoilerFiling(page)).toBeNull();
  });
});
