import { cleanTitle, parseTitle } from '../../../utils/sites/clean-title';

describe('cleanTitle', () => {
  it.each([
    ['Fallout - Season 1', 'Fallout'],
    ['Elementary - Staffel 1 [dt./OV]', 'Elementary'],
    ['Marshals, Season 1', 'Marshals'],
    ['Two and a Half Men, Season 1', 'Two and a Half Men'],
    ['The 50 - Season 1', 'The 50'],
    ['The Boys - Season 4 (4K UHD)', 'The Boys'],
    ['Reacher (4K UHD)', 'Reacher'],
    ['Babylon Berlin [OV]', 'Babylon Berlin'],
    ['Dark [OmU]', 'Dark'],
    ['La casa de papel - Temporada 2', 'La casa de papel'],
    ['Le Bureau des légendes - Saison 2', 'Le Bureau des légendes'],
    ['Gomorra - Stagione 2', 'Gomorra'],
    ['Undercover - Seizoen 2', 'Undercover'],
    ['ザ・ボーイズ シーズン2', 'ザ・ボーイズ'],
    ['Dark - 2. Staffel', 'Dark'],
    ['Élite - 2ª Temporada', 'Élite'],
    ['Line of Duty - Series 6', 'Line of Duty'],
    ['The Office: The Complete Series', 'The Office'],
    ['Stranger Things: Season 4 Volume 2', 'Stranger Things'],
    ['Young Sherlock - Staffel 1', 'Young Sherlock'],
    ['Fallout (2024)', 'Fallout'],
    ['  Severance \n ', 'Severance'],
    // Titles that only look like suffixes stay whole.
    ['A Series of Unfortunate Events', 'A Series of Unfortunate Events'],
    ['Season 1', 'Season 1'],
    ['Mr. Robot', 'Mr. Robot'],
    ['Love, Death & Robots', 'Love, Death & Robots'],
    ['9-1-1', '9-1-1'],
    ['Brooklyn Nine-Nine', 'Brooklyn Nine-Nine'],
    ['The Man in the High Castle (Original Version)', 'The Man in the High Castle'],
    ['House of the Dragon (Extended)', 'House of the Dragon (Extended)'],
  ])('%j → %j', (raw, expected) => {
    expect(cleanTitle(raw)).toBe(expected);
  });

  it('keeps a trailing year apart as a hint', () => {
    expect(parseTitle('Battlestar Galactica (2004) - Season 1')).toEqual({ title: 'Battlestar Galactica', year: 2004 });
  });
});
