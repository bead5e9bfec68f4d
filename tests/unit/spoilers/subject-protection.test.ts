import { findEpisodeSubject } from '../../../utils/spoilers/episode-subject';
import { tvmazeRef, type ShowRef } from '../../../utils/shows/show-ref';
import { headlineShows as placedInHeadline, noticeForHeadline } from '../../../utils/spoilers/headline-shows';
import {
  articleSubject,
  bodyHeadline,
  decideSubjectProtection,
  subjectNotices,
  type FollowedShow,
} from '../../../utils/spoilers/subject-protection';
import type { ArticleReading } from '../../../utils/articles/reading';
import { h, p, readingOf } from '../../support/reading';

const BALLARD: ShowRef = tvmazeRef(67144);
const OTHER: ShowRef = tvmazeRef(1);

function following(progress: FollowedShow['progress'], protectSpoilers = true): FollowedShow[] {
  return [{ ref: BALLARD, name: 'Ballard', progress, protectSpoilers }];
}

function decide(headline: string, followed: FollowedShow[], show = BALLARD) {
  return decideSubjectProtection({ show, subject: findEpisodeSubject({ headline }), followed });
}

describe('decideSubjectProtection', () => {
  it('blurs a recap past the progress, with a notice naming the show and why', () => {
    expect(decide('Ballard S2E7 recap', following({ season: 2, episode: 3 }))).toEqual({
      action: 'blur-from-top',
      notice: "Ballard: you're at S2E3 — this recap covers S2E7",
    });
  });

  it('blurs an S1E5 recap at S1E2 and leaves it at S1E6', () => {
    expect(decide('Ballard season 1, episode 5 recap', following({ season: 1, episode: 2 })).action).toBe('blur-from-top');
    expect(decide('Ballard season 1, episode 5 recap', following({ season: 1, episode: 6 }))).toEqual({
      action: 'leave',
      why: 'watched',
    });
  });

  it.each([
    ['Ballard season 3 premiere: Renée is back', { season: 2, episode: 10 }, 'the season 3 premiere'],
    ['Ballard season 2 finale recap', { season: 2, episode: 3 }, 'the season 2 finale'],
    ['Ballard season 2 review', { season: 1, episode: 10 }, 'season 2'],
    ['Everything that happened in episode 5', { season: 2, episode: 3 }, 'S2E5'],
  ])('blurs %s', (headline, progress, covers) => {
    const decision = decide(headline, following(progress));
    expect(decision).toMatchObject({ action: 'blur-from-top' });
    expect(decision.action === 'blur-from-top' && decision.notice).toContain(`covers ${covers}`);
  });

  it.each([
    ['Ballard season 1 finale recap', { season: 2, episode: 1 }],
    ['Ballard season 1 review', { season: 2, episode: 4 }],
    ['Ballard season 2 premiere recap', { season: 2, episode: 1 }],
    ['Everything that happened in episode 5', { season: 2, episode: 5 }],
  ])('leaves %s alone once watched', (headline, progress) => {
    expect(decide(headline, following(progress))).toEqual({ action: 'leave', why: 'watched' });
  });

  it('says where a viewer at the start of a season is', () => {
    expect(decide('Ballard S2E1 recap', following({ season: 2, episode: 0 }))).toEqual({
      action: 'blur-from-top',
      notice: "Ballard: you're at the start of season 2 — this recap covers S2E1",
    });
  });

  it('says so when the viewer has not started the show', () => {
    expect(decide('Ballard S1E2 review', following(null))).toEqual({
      action: 'blur-from-top',
      notice: "You haven't started Ballard — this review covers S1E2",
    });
  });

  it('goes by the show id, not the name, and respects protection off', () => {
    expect(decide('Ballard S2E7 recap', following({ season: 1, episode: 1 }), OTHER)).toEqual({
      action: 'leave',
      why: 'not-following',
    });
    expect(decide('Ballard S2E7 recap', following({ season: 1, episode: 1 }, false))).toEqual({
      action: 'leave',
      why: 'protection-off',
    });
    expect(decide('Ballard season 2: everything we know', following({ season: 1, episode: 1 }))).toEqual({
      action: 'leave',
      why: 'no-subject',
    });
  });
});

/** The worker finds the body's headline in the reading; the page filters its placements by it. */
const headlineShows = (reading: ArticleReading, placements: Parameters<typeof placedInHeadline>[0]) => placedInHeadline(placements, bodyHeadline(reading));

/** The notice as the page picks it from the worker's notices for the article's subject. */
const articleProtectionNotice = (reading: ArticleReading, shows: ShowRef[], followed: FollowedShow[]) =>
  noticeForHeadline(shows, subjectNotices(articleSubject(reading), followed));

describe('headlineShows', () => {
  const placed = (region: 'headline' | 'body', start: number, id: number | null) => ({
    region,
    start,
    result: { show: id === null ? null : { ref: tvmazeRef(id) } },
  });

  it('takes the shows the badge pipeline placed in the headline, by identity, once each', () => {
    const r = readingOf([p('Lucy and Maximus reunite in Fallout season 1 episode 5.')], { headline: 'Fallout season 1, episode 5 recap "The Past"' });
    expect(headlineShows(r, [placed('headline', 0, 49041), placed('body', 32, 49041), placed('headline', 40, null), placed('headline', 0, 49041)])).toEqual([
      tvmazeRef(49041),
    ]);
    expect(headlineShows(r, [placed('body', 32, 49041)])).toEqual([]);
  });

  it('takes the h1 opening the body when the page keeps its headline there', () => {
    const r = readingOf([h(1, 'Fallout season 1, episode 5 recap'), p('Episode 5 of Fallout picks up with Maximus.')]);
    const inH1 = placed('body', 0, 49041);
    const inParagraph = placed('body', r.blocks[1]!.start + 14, 1);
    expect(headlineShows(r, [inH1, inParagraph])).toEqual([tvmazeRef(49041)]);
  });
});

describe('articleProtectionNotice', () => {
  const FALLOUT = tvmazeRef(49041);
  const watching = (progress: FollowedShow['progress'], protectSpoilers = true): FollowedShow[] => [
    { ref: FALLOUT, name: 'Fallout', progress, protectSpoilers },
  ];
  // Verbatim headline and opening (showsnob.com, 2024-04).
  const recap = readingOf(
    [p("Lucy and Maximus reunite but their journey to find Wilzig's head doesn't go as planned.")],
    { headline: 'Fallout season 1, episode 5 recap "The Past"', url: 'https://showsnob.com/posts/fallout-season-1-episode-5-recap-the-past' },
  );

  it('names the show and why for a reader before the episode', () => {
    expect(articleProtectionNotice(recap, [FALLOUT], watching({ season: 1, episode: 2 }))).toBe("Fallout: you're at S1E2 — this recap covers S1E5");
  });

  it.each([
    ['past the episode', watching({ season: 1, episode: 6 }), [FALLOUT]],
    ['with protection off', watching({ season: 1, episode: 2 }, false), [FALLOUT]],
    ['about a show the reader does not follow', watching({ season: 1, episode: 2 }), [tvmazeRef(1)]],
    ['before the headline’s show is known', watching({ season: 1, episode: 2 }), []],
  ])('leaves the article alone %s', (_case, followed, shows) => {
    expect(articleProtectionNotice(recap, shows, followed)).toBeNull();
  });

  it('reads the subject from the URL or the first paragraph when the headline names none', () => {
    const r = readingOf([p('Everything that happened in episode 5, from the Shady Sands reveal on.')], {
      headline: 'Fallout: Lucy and Maximus reach Shady Sands',
      url: 'https://news.example/tv/fallout-season-1/lucy-and-maximus-reach-shady-sands/',
    });
    expect(articleProtectionNotice(r, [FALLOUT], watching({ season: 1, episode: 3 }))).toContain('covers S1E5');
  });
});
