import { hotstar } from '../../../utils/sites/hotstar';
import { summarize, titlesOnFixture } from '../../support/fixtures';

describe('hotstar on the saved home page (2023-10)', () => {
  const spotted = titlesOnFixture(hotstar);
  const titles = spotted.map((title) => title.title);

  it('badges the masthead show by its title logo', () => {
    expect(summarize(spotted.filter((title) => title.placement === 'after-heading'))).toEqual([
      { title: 'Sultan of Delhi', placement: 'after-heading' },
    ]);
  });

  it('finds show cards, naming continue-watching cards from their link', () => {
    expect(titles).toEqual(
      expect.arrayContaining(['The Simpsons', 'How I Met Your Mother', 'Mansion 24', 'Loki', 'Koffee With Karan', 'Homeland']),
    );
    expect(titles).not.toContain('S35 E3');
  });

  it('leaves out films and cricket clips', () => {
    for (const excluded of ['Black Swan', 'The Sixth Sense', 'Dishoom', 'King of Kotha', 'ICC CWC Preview: IND vs ENG']) {
      expect(titles).not.toContain(excluded);
    }
  });

  it('puts every card title on a tile card', () => {
    for (const tile of spotted.filter((title) => title.placement === 'tile')) {
      expect(tile.anchor.getAttribute('data-testid')).toBe('tray-card-default');
    }
  });
});

describe('hotstar on the saved episode player (Boston Legal, 2023-06)', () => {
  it('names the show once, from its JSON-LD, beside the player title', () => {
    const spotted = titlesOnFixture(
      hotstar,
      'hotstar-episode-boston-legal-in-2023-06.html',
      'https://www.hotstar.com/in/shows/boston-legal/2257/still-crazy-after-all-these-years/1770019840/watch?episodeNumber=1',
    );
    expect(summarize(spotted)).toEqual([{ title: 'Boston Legal', placement: 'after-heading' }]);
    expect(spotted[0]?.anchor.textContent).toBe('Boston Legal');
  });
});
