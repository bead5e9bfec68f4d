import { max } from '../../../utils/sites/max';
import { titlesOnFixture } from '../../support/fixtures';

describe('max', () => {
  it('finds nothing on the saved Dune: Part Two player page (a film)', () => {
    expect(titlesOnFixture(max)).toEqual([]);
  });

  it('finds show tiles and the hero show, not films', () => {
    const spotted = titlesOnFixture(max, 'max-home-handwritten.html', 'https://play.max.com/home');
    expect(spotted.map(({ title, rawTitle }) => [title, rawTitle])).toEqual([
      ['The Last of Us', 'The Last of Us'],
      ['The White Lotus', 'The White Lotus'],
    ]);
    expect(spotted[1]?.anchor.getAttribute('data-testid')).toBe('show_tile');
  });
});
