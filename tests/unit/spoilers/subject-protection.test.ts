import { findEpisodeSubject } from '../../../utils/spoilers/episode-subject';
import { tvmazeRef, type ShowRef } from '../../../utils/shows/show-ref';
import { decideSubjectProtection, type FollowedShow } from '../../../utils/spoilers/subject-protection';

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
