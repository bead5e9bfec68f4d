import { contextHints } from '@/utils/articles/context-hints';

describe('contextHints', () => {
  it.each([
    ["HBO's Girls returns for a final season", 'Girls', { network: 'HBO' }],
    ['the BBC’s The Office made Ricky Gervais a star', 'The Office', { network: 'BBC' }],
    ['AMC\'s series "The Walking Dead." And Hollywood', 'The Walking Dead', { network: 'AMC' }],
    ['The Office (2005) ran for nine seasons', 'The Office', { year: 2005 }],
    ["Netflix's hit show Wednesday (2022) is back", 'Wednesday', { network: 'Netflix', year: 2022 }],
    ['unlike the 1985 MacGyver, the new one', 'MacGyver', { year: 1985 }],
    ['fans of the original 2004 Battlestar Galactica', 'Battlestar Galactica', { year: 2004 }],
  ])('%s → %o', (text, title, expected) => {
    expect(contextHints(text, title)).toEqual(expected);
  });

  it.each([
    ["Maggie Q's Ballard is the most streamed show", 'Ballard'],
    ['Girls is back', 'Girls'],
    ['Lena Dunham created Girls (and wrote most of it)', 'Girls'],
    ["CBS's", 'Missing title'],
    ['In 2017 MacGyver moved to Fridays', 'MacGyver'],
    ['Season 2 of 2019 Emmy winner Fleabag', 'Fleabag'],
  ])('says nothing when the text says nothing: %s', (text, title) => {
    expect(contextHints(text, title)).toBeUndefined();
  });
});
