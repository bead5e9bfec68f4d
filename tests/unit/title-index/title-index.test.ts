import { describe, expect, it } from 'vitest';
import { foldText } from '@/utils/title-index/fold';
import { tvmazeRef } from '@/utils/shows/show-ref';
import { TitleIndex, type IndexedShow } from '@/utils/title-index/title-index';

const show = (id: number, name: string, extra: Partial<IndexedShow> = {}): IndexedShow => ({
  ref: tvmazeRef(id), name, akas: [], premieredYear: 2010, channel: null, type: 'Scripted', weight: 50, status: null, asOf: null, ...extra,
});
const found = (index: TitleIndex, raw: string) =>
  index.find(foldText(raw), raw).map((m) => [m.spelling.key, m.spelling.shows.map((s) => s.ref.id)]);

describe('TitleIndex', () => {
  const index = new TitleIndex([
    show(1, 'The Walking Dead'),
    show(2, 'Doctor Who (2005)'),
    show(3, "Marvel's Agents of S.H.I.E.L.D."),
    show(4, 'Skam', { akas: ['Shame'] }),
    show(5, 'Game of Thrones'),
    show(6, 'Doctor Who', { premieredYear: 1963 }),
  ]);

  it('knows each show by its name, its AKAs and the variants writers use', () => {
    expect(index.lookup('Walking Dead')?.shows.map((s) => s.ref.id)).toEqual([1]);
    expect(index.lookup('Doctor Who')?.shows.map((s) => s.ref.id).sort()).toEqual([2, 6]);
    expect(index.lookup('Agents of S.H.I.E.L.D.')?.shows.map((s) => s.ref.id)).toEqual([3]);
    expect(index.lookup('Shame')?.shows).toEqual([{ ref: tvmazeRef(4), how: 'aka' }]);
    expect(index.lookup('GoT')?.caseExact).toBe('GoT');
  });

  it('drops a brand’s possessive, never a country’s: "America’s Got Talent" is no "Got Talent" for Britain’s', () => {
    const formats = new TitleIndex([show(7, "America's Got Talent")]);
    expect(formats.lookup('Got Talent')).toBeUndefined();
    expect(formats.lookup("America's Got Talent")?.shows.map((s) => s.ref.id)).toEqual([7]);
    const brand = new TitleIndex([show(9, "Marvel's Agents of S.H.I.E.L.D.")]);
    expect(brand.lookup('Agents of S.H.I.E.L.D.')?.shows.map((s) => s.ref.id)).toEqual([9]);
  });

  it('knows the short names writers use, as written: "Galactica" for either Battlestar Galactica, "Simpsons", "MAFS"', () => {
    const shorts = new TitleIndex([show(12, 'Battlestar Galactica', { premieredYear: 1978 }), show(13, 'Battlestar Galactica', { premieredYear: 2004 }), show(14, 'The Simpsons'), show(15, 'Married at First Sight')]);
    expect(shorts.lookup('Galactica')?.shows.map((s) => s.ref.id).sort()).toEqual([12, 13]);
    expect(shorts.lookup('Simpsons')?.caseExact).toBe('Simpsons');
    expect(shorts.lookup('MAFS')?.shows.map((s) => s.ref.id)).toEqual([15]);
  });

  it('knows a camel-cased name written as its two words, exactly so: "East Enders" (Euro Weekly News, 2021)', () => {
    const soaps = new TitleIndex([show(10, 'EastEnders'), show(11, 'BoJack Horseman')]);
    expect(soaps.lookup('East Enders')?.caseExact).toBe('East Enders');
    expect(soaps.lookup('East Enders')?.shows.map((s) => s.ref.id)).toEqual([10]);
    // Each half three letters or more, and one word only: "Bo Jack" is nobody's spelling.
    expect(soaps.lookup('Bo Jack Horseman')).toBeUndefined();
  });

  it('finds titles only on word boundaries', () => {
    expect(found(index, 'Fans of The Walking Dead agree.')).toEqual([['the walking dead', [1]], ['walking dead', [1]]]);
    expect(found(index, 'Skamming is not Skam.')).toEqual([['skam', [4]]]);
    // A possessive's apostrophe as some sites print it: a left quote (EW, 2008).
    expect(found(index, 'won by Skam‘s Jeff Probst')).toEqual([['skam', [4]]]);
  });

  it('starts a title at a lowercase word only for a show named in lowercase', () => {
    const cased = new TitleIndex([show(10, 'You'), show(11, 'black-ish'), show(12, 'iZombie')]);
    expect(found(cased, 'Did you watch You?')).toEqual([['you', [10]]]);
    expect(found(cased, 'so black-ish and iZombie')).toEqual([['black ish', [11]], ['izombie', [12]]]);
    cased.add([show(13, 'the grand tour')]);
    expect(found(cased, 'on the grand tour')).toEqual([['the grand tour', [13]], ['grand tour', [13]]]);
    cased.add([show(14, 'mr. robot')]);
    expect(found(cased, 'like mr. robot')).toEqual([['mr robot', [14]]]);
  });

  it('learns new shows at once, without rebuilding what it already had', () => {
    const grown = new TitleIndex([show(1, 'The Walking Dead')]);
    expect(found(grown, 'Dietland was cancelled.')).toEqual([]);
    grown.add([show(9, 'Dietland')]);
    expect(found(grown, 'Dietland was cancelled.')).toEqual([['dietland', [9]]]);
    expect(grown.size).toBe(2);
  });
});

describe('TitleIndex.add on a show it knows', () => {
  it('keeps the seed’s era and channel, and learns the new name as another spelling', () => {
    const index = new TitleIndex([show(7, 'Skam', { premieredYear: 2015, channel: 'NRK1', weight: 90 })]);
    index.add([show(7, 'Shame', { premieredYear: null, channel: null, weight: 100 })]);
    expect(index.show(tvmazeRef(7))).toMatchObject({ name: 'Skam', akas: ['Shame'], premieredYear: 2015, channel: 'NRK1', weight: 100 });
    expect(found(index, 'Shame season 2')).toEqual([['shame', [7]]]);
  });
});
