import { detectArticleSpoilers } from '../../../utils/spoilers/article-spoilers';
import { caption, h, li, p, readingOf } from '../../support/reading';

// Verbatim from the labelled Scottish Sun page (thescottishsun.co.uk, 2021): the headline is the warning.
const EMMERDALE_HEADLINE = 'Seven huge Emmerdale spoilers for next week including Kim Tate’s shock death and Will Taylor’s arrest';
const EMMERDALE_BODY = [
  p('KIM Tate is found dead next week in Emmerdale after accusing Will Taylor of trying to poison her.'),
  p('Here’s the lowdown on next week from the ITV soap…'),
  li('Find all Emmerdale spoilers here'),
  h(2, '1. Noah uncovers Kim’s poisoner'),
  caption('Jamie returns to find Kim being loaded into a bodybag'),
  caption('Credit: ITV'),
];
const EMMERDALE_URL = 'https://www.thescottishsun.co.uk/tv/7276102/emmerdale-spoilers-kim-tate-death-will-taylor/';

// Verbatim from the labelled TechRadar Ballard page (2025-07): a warning after safe paragraphs.
const BALLARD = readingOf([
  p('I want it, you want it, we all want it, but as it stands, there’s no news confirming Ballard season 2.'),
  h(2, 'Ballard season 2: what happened in season 1?'),
  p('Spoilers for Ballard season 1 finale ahead.'),
  p('Let’s recap what we know. Season 1 left off with the unexpected death of Robert Olivas.'),
]);

describe('detectArticleSpoilers', () => {
  it('takes an h1 in the body as the headline: the whole body is blurred, the headline and captions are not', () => {
    expect(detectArticleSpoilers(readingOf([h(1, EMMERDALE_HEADLINE), ...EMMERDALE_BODY], { url: EMMERDALE_URL }))).toEqual({
      form: 'headline',
      start: 1,
      warningIndex: null,
      reason: expect.stringContaining('Seven huge Emmerdale spoilers') as unknown as string,
      blurred: [1, 2, 3, 4],
    });
  });

  it('reads a headline kept outside the body the same way, and the page title when there is no headline', () => {
    expect(detectArticleSpoilers(readingOf(EMMERDALE_BODY, { headline: EMMERDALE_HEADLINE }))).toMatchObject({ form: 'headline', blurred: [0, 1, 2, 3] });
    expect(detectArticleSpoilers(readingOf(EMMERDALE_BODY, { pageTitle: EMMERDALE_HEADLINE }))).toMatchObject({ form: 'headline', blurred: [0, 1, 2, 3] });
  });

  it('starts after a body warning and keeps what comes before readable', () => {
    expect(detectArticleSpoilers(BALLARD)).toEqual({
      form: 'warning',
      start: 3,
      warningIndex: 2,
      reason: 'Spoilers for Ballard season 1 finale ahead.',
      blurred: [3],
    });
  });

  it('blurs an inline warning block itself', () => {
    const found = detectArticleSpoilers(
      readingOf([
        p('The long-awaited season 2 premiere of The End of the F***ing World is finally here.'),
        p('Luckily, the show was renewed for a second season, and if (spoiler alert), James survived being shot last season.'),
        p('Season 2 left fans with a major cliffhanger during the finale.'),
      ]),
    );
    expect(found).toMatchObject({ form: 'inline-warning', start: 1, warningIndex: 1, blurred: [1, 2] });
  });

  it.each([
    [{ url: 'https://www.example.co.uk/tv/soaps/spoilers/kim-tate-found-dead/' }, 'url'],
    [{ section: 'Soap Spoilers' }, 'section'],
    [{ filing: { sections: ['Soap Spoilers'], keywords: [], labels: [] } }, 'section'],
    [{ filing: { sections: [], keywords: [], labels: ['TV', 'Emmerdale spoilers'] } }, 'label'],
    [{ tags: ['Emmerdale', 'Spoilers'] }, 'keyword'],
    [{ tags: ['Emmerdale; Soap spoilers'] }, 'keyword'],
  ])('blurs from the top of a page the site files as spoilers: %j', (filing, signal) => {
    const found = detectArticleSpoilers(readingOf([p('Kim Tate is found dead.'), p('Will is arrested.')], filing));
    expect(found).toMatchObject({ form: 'filed', start: 0, warningIndex: null, blurred: [0, 1] });
    expect(found?.reason).toContain(signal);
  });

  it('leaves a plain warning line at the top of a spoiler page readable', () => {
    const found = detectArticleSpoilers(readingOf([p('Spoilers ahead!'), p('Kim Tate is found dead.')], { section: 'Spoilers' }));
    expect(found?.blurred).toEqual([1]);
  });

  it('closes the section at an end marker and reopens at the next warning', () => {
    const found = detectArticleSpoilers(
      readingOf(
        [p('Kim is found dead.'), p('End of spoilers.'), p('The soap airs at 7pm.'), p('Major spoilers below.'), p('Will is arrested.')],
        { headline: 'Emmerdale spoilers: Kim Tate is found dead' },
      ),
    );
    expect(found?.blurred).toEqual([0, 4]);
  });

  it.each([
    ['no warning at all', readingOf([p('The Chase returned.')], { headline: 'Bradley Walsh says ‘I’d better watch out’' })],
    [
      'look-alikes only',
      readingOf([p('No spoilers for the finale here.'), p('The biggest spoiler of the year was the price hike.')], {
        headline: 'Spoiler-free review: Andor season 2',
        url: 'https://www.example.com/tv/reviews/andor-season-2-spoilers-free/',
        filing: { sections: [], keywords: [], labels: ['Spoiler Alert'] },
      }),
    ],
    ['a filed page with an empty body', readingOf([h(1, 'Spoilers')], { section: 'Spoilers' })],
  ])('finds nothing with %s', (_case, reading) => {
    expect(detectArticleSpoilers(reading)).toBeNull();
  });
});
