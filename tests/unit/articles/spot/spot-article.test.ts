import { describe, expect, it } from 'vitest';
import { MAX_STRANGERS, placeMentions, spotArticle } from '@/utils/articles/spot/spot-article';
import { TitleIndex } from '@/utils/title-index/title-index';
import { badged, reading, show, strangers } from './spot-support';

const greys = show("Grey's Anatomy", { premieredYear: 2005 });
const bobs = show("Bob's Burgers");
const hells = show("Hell's Kitchen");
const sunny = show("It's Always Sunny in Philadelphia", { premieredYear: 2005 });
const rupaul = show("RuPaul's Drag Race");
const handmaid = show("The Handmaid's Tale");
const schitt = show("Schitt's Creek");
const smith = show('Mr. & Mrs. Smith', { premieredYear: 2024 });
const svu = show('Law & Order: Special Victims Unit', { premieredYear: 1999 });
const lawAndOrder = show('Law & Order', { premieredYear: 1990 });
const oitnb = show('Orange Is the New Black');
const wwdits = show('What We Do in the Shadows', { premieredYear: 2019 });
const shield = show("Marvel's Agents of S.H.I.E.L.D.", { premieredYear: 2013 });
const got = show('Game of Thrones', { premieredYear: 2011 });
const chicagoPd = show('Chicago P.D.', { premieredYear: 2014 });
const lost = show('Lost', { premieredYear: 2004 });
const lostInSpace = show('Lost in Space', { premieredYear: 2018 });
const starTrek = show('Star Trek', { premieredYear: 1966 });
const discovery = show('Star Trek: Discovery', { premieredYear: 2017 });
const house = show('House', { premieredYear: 2004 });
const girls = show('Girls', { premieredYear: 2012, channel: 'HBO', weight: 90 });
const girlsMn = show('Girls', { premieredYear: 2015, channel: 'MNB', weight: 10 });
const succession = show('Succession', { premieredYear: 2018 });
const bear = show('The Bear', { premieredYear: 2022 });
const fargo = show('Fargo', { premieredYear: 2014 });
const downton = show('Downton Abbey', { premieredYear: 2010 });
const twinPeaks = show('Twin Peaks', { premieredYear: 1990 });
const whoOld = show('Doctor Who', { premieredYear: 1963, weight: 70 });
const whoNew = show('Doctor Who', { premieredYear: 2005, weight: 95 });
const bsgOld = show('Battlestar Galactica', { premieredYear: 1978, weight: 60 });
const bsgNew = show('Battlestar Galactica', { premieredYear: 2004, weight: 90 });
const chase = show('The Chase', { premieredYear: 2009 });
const emmerdale = show('Emmerdale', { premieredYear: 1972 });
const nashville = show('Nashville', { premieredYear: 2012 });
const community = show('Community', { premieredYear: 2009 });
const newsroom = show('The Newsroom', { premieredYear: 2012 });
const chicagoFire = show('Chicago Fire', { premieredYear: 2012 });
const wednesday = show('Wednesday', { premieredYear: 2022, channel: 'Netflix' });
const index = new TitleIndex([
  wednesday,
  greys, bobs, hells, sunny, rupaul, handmaid, schitt, smith, svu, lawAndOrder, oitnb, wwdits, shield, got, chicagoPd,
  lost, lostInSpace, starTrek, discovery, house, girls, girlsMn, succession, bear, fargo, downton, twinPeaks, whoOld,
  whoNew, bsgOld, bsgNew, chase, emmerdale, nashville, community, newsroom, chicagoFire,
]);
const ids = (text: string, extra = {}) => badged(index, reading(text, extra)).map(([, id]) => id);

describe('plain mentions of known shows, without a cue', () => {
  it.each([
    ['A listicle: Grey’s Anatomy, Bob’s Burgers and Hell’s Kitchen all return this fall.', [greys, bobs, hells]],
    ['Fans of It’s Always Sunny in Philadelphia and RuPaul’s Drag Race rejoice.', [sunny, rupaul]],
    ['She starred in The Handmaid’s Tale before joining Schitt’s Creek.', [handmaid, schitt]],
    ['Prime Video’s Mr. & Mrs. Smith will return.', [smith]],
    ['Law & Order: Special Victims Unit airs Thursdays.', [svu]],
    ['Orange Is the New Black and What We Do in the Shadows wrapped up.', [oitnb, wwdits]],
    ['NBC already renewed “Chicago PD” for another year.', [chicagoPd]],
  ])('%j', (text, shows) => {
    expect(ids(text)).toEqual(shows.map((s) => s.id));
  });

  it('possessive and punctuated titles are whole titles, written with a curly or a straight apostrophe', () => {
    expect(badged(index, reading("Grey's Anatomy is ABC's longest-running drama."))).toEqual([["Grey's Anatomy", greys.id]]);
  });

  it('a brand prefix may be dropped: "Agents of S.H.I.E.L.D." is Marvel’s', () => {
    expect(ids('Clark Gregg led Agents of S.H.I.E.L.D. for seven seasons.')).toEqual([shield.id]);
  });

  it('short names count only as written: "GoT" and "SVU", never "got"', () => {
    expect(ids('The GoT finale divided fans.')).toEqual([got.id]);
    expect(ids('We got the news late.')).toEqual([]);
    expect(ids('Mariska Hargitay remains the face of SVU.')).toEqual([svu.id]);
  });

  it('a short name written with "&" for "and" is the same short name; other cases are not', () => {
    const parks = show('Parks and Recreation', { premieredYear: 2009 });
    const small = new TitleIndex([parks, oitnb]);
    const smallIds = (text: string) => badged(small, reading(text)).map(([, id]) => id);
    expect(smallIds('Amy Poehler looked back on Parks & Rec this week.')).toEqual([parks.id]);
    expect(smallIds('Amy Poehler looked back on Parks and Rec this week.')).toEqual([parks.id]);
    expect(smallIds('The city cut parks and rec budgets again.')).toEqual([]);
    expect(smallIds('The OITNB cast reunited in Brooklyn.')).toEqual([oitnb.id]);
    expect(smallIds('Is OITNB still worth a watch?')).toEqual([oitnb.id]);
    expect(smallIds('She wrote oitnb in the comments.')).toEqual([]);
  });
});

describe('a spinoff by its own name', () => {
  it('counts where the page names its franchise too ("Dead City", The Mary Sue 2023; "Picard")', () => {
    const deadCity = show('The Walking Dead: Dead City', { premieredYear: 2023 });
    const picard = show('Star Trek: Picard', { premieredYear: 2020 });
    const spinoffs = new TitleIndex([show('The Walking Dead'), deadCity, picard]);
    const r = reading('I was a big fan of The Walking Dead. I couldn’t get into Fear the Walking Dead, and Dead City left a lot to be desired.');
    expect(badged(spinoffs, r).map(([written, id]) => [written, id])).toContainEqual(['Dead City', deadCity.id]);
    expect(badged(spinoffs, reading('Pompeii is a Dead City of ash, the guide said.'))).toEqual([]);
    expect(badged(spinoffs, reading('The Star Trek universe grows: the end of “Picard” is near.'))).toContainEqual(['Picard', picard.id]);
  });
});

describe('longest match wins', () => {
  it('"Lost in Space" is not Lost; "Star Trek: Discovery" is not Star Trek', () => {
    expect(ids('Lost in Space was cancelled after three seasons.')).toEqual([lostInSpace.id]);
    expect(ids('Star Trek: Discovery ended in 2024.')).toEqual([discovery.id]);
  });

  it('"Law & Order: Special Victims Unit" is SVU, and a later "Law & Order" is the original', () => {
    expect(ids('Law & Order: Special Victims Unit outlived the original Law & Order.')).toEqual([svu.id, lawAndOrder.id]);
  });
});

describe('titles that are common words need a cue or the page’s formatting', () => {
  it.each([
    'Lost keys are the worst.',
    'Dr. House is not a show here but a doctor: the house was empty.',
    'Succession planning matters in every company.',
    'The Bear market is coming, analysts say.',
    'The girls went home. Girls just want to have fun.',
    'Community leaders met on Monday.',
    'She flew to Nashville on Tuesday.',
  ])('nothing in %j', (text) => {
    expect(ids(text)).toEqual([]);
  });

  it.each([
    ['Lost season 3 is the best.', lost],
    ['HBO’s Succession ended in 2023.', succession],
    ['The Bear season 3 drops in June.', bear],
    ['Seven huge Emmerdale spoilers for next week.', emmerdale],
    ['A contestant on The Chase left the presenter stunned.', chase],
    ['NBC renewed Community for a sixth season.', community],
  ])('a cue: %j', (text, expected) => {
    expect(ids(text)).toEqual([expected.id]);
  });

  it('on a page that writes its titles in capitals, a one-word title in capitals is marked (The TV Addict, 2008)', () => {
    const weeds = show('Weeds');
    const caps = new TitleIndex([weeds, show('Mad Men'), show('30 Rock')]);
    const r = reading('More laughter (30 ROCK), more emotion (MAD MEN). The most critically acclaimed (WEEDS) made the list.');
    expect(badged(caps, r).map(([written]) => written)).toContain('WEEDS');
    // Capitals alone, on a page with no such style, are emphasis: "WEEDS" there needs a cue.
    expect(badged(caps, reading('The garden was full of WEEDS this year.'))).toEqual([]);
  });

  it('a capital "The" inside a sentence is the title’s own; at a sentence start it proves nothing', () => {
    expect(ids('It carved out a space for long-form series (The Bear et al) that followed.')).toEqual([bear.id]);
    expect(ids('The Bear market is coming. Analysts fear the bear.')).toEqual([]);
  });

  it('"X is a … drama" names the show, even at a sentence start', () => {
    expect(ids('Succession is a darkly funny drama about a media dynasty.')).toEqual([succession.id]);
    expect(ids('Succession is a problem for every family firm.')).toEqual([]);
  });

  describe('a coined one-word name ("Emmerdale") needs no cue where its paragraph is about TV', () => {
    const emmerdale = show('Emmerdale', { premieredYear: 1972, coined: true });
    const seinfeld = show('Seinfeld', { premieredYear: 1989, coined: true });
    const plainWord = show('Hollyoaks', { premieredYear: 1995 });
    const soaps = new TitleIndex([emmerdale, seinfeld, plainWord]);
    const ids = (text: string) => badged(soaps, reading(text)).map(([, id]) => id);

    it('badges it in a paragraph about television (Metro’s soap round-up, 2024)', () => {
      expect(ids('The soaps are back. EastEnders sees Denise Fox contemplate the truth, while Emmerdale’s Cain Dingle makes a big revelation on screen this week.')).toEqual([emmerdale.id]);
      expect(ids('Seinfeld ran for nine seasons on NBC.')).toEqual([seinfeld.id]);
    });

    it('not in a paragraph that never talks TV, nor where the page writes it as a surname', () => {
      expect(ids('We drove through the Dales to Emmerdale farm for lunch.')).toEqual([]);
      expect(ids('Jerry Seinfeld joined the cast of the new series.\nSeinfeld said the show was a dream.')).toEqual([]);
    });

    it('a name the index does not mark as coined still needs a cue', () => {
      expect(ids('Hollyoaks continues to be must-see TV this week.')).toEqual([]);
    });
  });

  describe('on a page naming several shows, a TV paragraph’s proper noun that is a one-word show is that show', () => {
    const friends = show('Friends', { premieredYear: 1994 });
    const frasier = show('Frasier', { premieredYear: 1993 });
    const dallas = show('Dallas', { premieredYear: 1978 });
    const others = ['Will & Grace', 'Law & Order', 'Caroline in the City'].map((name) => show(name, { premieredYear: 1995 }));
    const index = new TitleIndex([friends, frasier, dallas, ...others]);
    const ids = (text: string) => badged(index, reading(text)).map(([, id]) => id);
    // The Chronicle (Duke University), 2000: NBC's Thursday line-up.
    const lineUp = 'NBC Thursdays once had Will & Grace, Law & Order and Caroline in the City.\n';

    it('badges it there (The Chronicle, 2000)', () => {
      expect(ids(`${lineUp}Will & Grace inherits the slot, with veteran Frasier moving to Tuesdays on NBC.`)).toContain(frasier.id);
      expect(ids(`${lineUp}Now in its seventh season, Friends might just be funnier than ever on TV.`)).toContain(friends.id);
    });

    it('not on a page that names no other show, nor a sentence’s first word, nor after a preposition or inside a name', () => {
      expect(ids('Will & Grace inherits the slot, with veteran Frasier moving to Tuesdays on NBC.')).not.toContain(frasier.id);
      expect(ids(`${lineUp}Friends of the show gathered as the series wrapped.`)).not.toContain(friends.id);
      expect(ids(`${lineUp}The cast flew with Friends Of Science to the TV festival.`)).not.toContain(friends.id);
      expect(ids(`${lineUp}The show's cast met the producers in Dallas before the TV upfronts.`)).not.toContain(dallas.id);
      expect(ids(`${lineUp}The series shot its season finale outside wintry Dallas this year.`)).not.toContain(dallas.id);
    });

    it('not where its paragraph never talks TV', () => {
      expect(ids(`${lineUp}We went out, and my old pal Frasier came along.`)).not.toContain(frasier.id);
    });
  });

  describe('a coined one-word show counts as a known title beside others (The Courier, 2022)', () => {
    const bridgerton = show('Bridgerton', { premieredYear: 2020, coined: true });
    const merlin = show('Merlin', { premieredYear: 2008, coined: true });
    const index = new TitleIndex([bridgerton, merlin]);

    it('the title joined to it is put forward', () => {
      expect(strangers(index, reading('Bridgerton and Squid Game are certainly bone fide smash hits on Netflix.'))).toContain('Squid Game');
    });

    it('a date among the items makes no list, and a name the headline gives in full is the person (We Love Soaps, 2019)', () => {
      const obituary = reading('Born on April 3, 1925, Merlin was a torpedo man before his TV career on NBC.', { headline: 'Jan Merlin Dead at 94' });
      expect(badged(index, obituary)).toEqual([]);
    });
  });

  it('a number after a title of two words is its season where the block talks TV, a sequel where it does not', () => {
    const things = show('Stranger Things', { premieredYear: 2016 });
    const index = new TitleIndex([things]);
    const ids = (text: string) => badged(index, reading(text)).map(([, id]) => id);
    expect(ids('Bridgerton is a smash hit – and the upcoming Stranger Things 4 will no doubt bring in a gazillion viewers.')).toEqual([things.id]);
    expect(ids('The cinema sold out Stranger Things 2 tickets in minutes, the box office said.')).toEqual([]);
  });

  it('a line that is a title and its channel names the title: "Truckers, BBC1" (Broadcast, 2013)', () => {
    const r = reading('Matt Baylis, Daily Express\nTruckers, BBC1\n“It’s difficult to think of a more depressing setting.”');
    expect(strangers(new TitleIndex([]), r)).toContain('Truckers');
  });

  it('a best-episodes entry is the show, then its episode in quotes: "The Americans, “Do Mail Robots…”" (The A.V. Club, 2015)', () => {
    const r = reading('The best episodes so far.\nThe Americans, “Do Mail Robots Dream Of Electric Sheep?”\nPhilip and Elizabeth face a choice.');
    expect(strangers(new TitleIndex([]), r)).toContain('The Americans');
  });

  it('a nickname between a first name and a surname is no show: Raymond “Red” Reddington (Variety, 2014)', () => {
    const red = show('Red', { premieredYear: 2012 });
    const severance = show('Severance', { premieredYear: 2022 });
    const index = new TitleIndex([red, severance]);
    expect(badged(index, reading('James Spader’s brilliant former agent Raymond “Red” Reddington on the show.'))).toEqual([]);
    expect(badged(index, reading('Watch “Severance” Season 2 on Apple TV+ now.')).map(([, id]) => id)).toEqual([severance.id]);
  });

  it('a part in a one-word title is its cue; a part in a stranger sends nobody to the lookup', () => {
    const lost = show('Lost', { premieredYear: 2004 });
    const index = new TitleIndex([lost]);
    expect(badged(index, reading('He is best remembered for his role in Lost, years ago.')).map(([, id]) => id)).toEqual([lost.id]);
    expect(badged(index, reading('Lost in thought, he left.'))).toEqual([]);
    expect(strangers(index, reading('She won an award for her part in Oppenheimer last year.'))).toEqual([]);
  });

  it('watching a one-word title is its cue; watching a person sends nobody to the lookup', () => {
    const survivor = show('Survivor', { premieredYear: 2000 });
    const index = new TitleIndex([survivor]);
    expect(badged(index, reading('Better than the overrated Survivor. (And who in Chicago watches Survivor anyway?)')).map(([, id]) => id)).toEqual([survivor.id]);
    expect(badged(index, reading('Survivor stories are told.'))).toEqual([]);
    expect(strangers(index, reading('We spent the night watching Taylor Swift perform.'))).toEqual([]);
  });

  it('a one-word title with a capital inside it needs no cue: "EastEnders"', () => {
    const eastenders = show('EastEnders', { premieredYear: 1985 });
    const soaps = new TitleIndex([eastenders]);
    expect(badged(soaps, reading('EastEnders, meanwhile, sees Denise Fox contemplate the truth.')).map(([, id]) => id)).toEqual([eastenders.id]);
    expect(badged(soaps, reading('The east enders of the town met.'))).toEqual([]);
  });

  it('a time of year is no show’s season: "It’s the Fall Season"', () => {
    const fall = show('The Fall', { premieredYear: 2013 });
    const withFall = new TitleIndex([fall]);
    expect(badged(withFall, reading('It’s the Fall Season. Some new shows have already been given the hook.'))).toEqual([]);
    expect(badged(withFall, reading('The Fall season 2 returns to BBC Two.')).map(([, id]) => id)).toEqual([fall.id]);
  });

  it('a Title Case heading in the body proves nothing by its capitals: "This Week" there needs a cue', () => {
    const thisWeek = show('This Week', { premieredYear: 1981 });
    const withThisWeek = new TitleIndex([thisWeek, succession]);
    const body = 'Intro.\n6 New TV Shows to Watch This Week: From Succession to More\nThis week, once again, we look ahead.';
    const blocks = [{ start: 0, kind: 'text' as const }, { start: 7, kind: 'heading' as const, level: 2 }, { start: 74, kind: 'text' as const }];
    expect(badged(withThisWeek, reading(body, { blocks })).map(([written]) => written)).toEqual([]);
    // Named as a title in running text too, the heading's mention counts.
    const named = `${body} ABC's This Week airs on Sunday.`;
    expect(badged(withThisWeek, reading(named, { blocks })).map(([written]) => written)).toEqual(['This Week']);
  });

  it('a label before a colon, then a sentence, is the show: a renewal scorecard', () => {
    expect(ids('The scorecard.\nGrey’s Anatomy: A sure thing. Officially renewed\nLost: Could go either way.')).toEqual([greys.id, lost.id]);
    // A label of a fact sheet, or a colon before a sentence that gives no verdict, names no show.
    expect(ids('The scorecard.\nLost: the keys were never found.\nReleased: February 2020')).toEqual([]);
  });

  it('a snub list’s label is the show where its first sentence calls it a network’s show (TV Guide, 2017)', () => {
    const entry = 'Lost: After breaking into the major categories last year, the ABC drama retained acting slots for its stars.';
    expect(ids(`The snubs.\n${entry}`)).toEqual([lost.id]);
    // Only the first sentence speaks for the label: a later one may be about another show.
    expect(ids('The snubs.\nLost: The keys were never found. Elsewhere, the ABC drama retained its slots.')).toEqual([]);
  });

  it('a day named as a show only where a show’s own cue follows it', () => {
    expect(ids('Netflix renewed Wednesday for a second season.')).toEqual([wednesday.id]);
    expect(ids('Wednesday season 2 arrives in August.')).toEqual([wednesday.id]);
    expect(badged(index, reading('Wednesday is back.', { headline: 'Netflix Renews Wednesday for Season 2' }))).toEqual([['Wednesday', wednesday.id]]);
    expect(ids('NBC’s Wednesday lineup is set. The vote is on Wednesday. Wednesday, she said, was fine.')).toEqual([]);
  });

  it('italics (house style) and links to show pages count as formatting; a link elsewhere does not', () => {
    const body = 'Zombies are everywhere, and so is Lost.';
    const linked = { spans: [{ start: 0, end: 7, kind: 'link' as const, href: 'https://example.com/16411-zombies-fact.html' }] };
    expect(ids(body, linked)).toEqual([]);
    const italic = { spans: [{ start: 34, end: 38, kind: 'italic' as const }] };
    expect(ids(body, italic)).toEqual([lost.id]);
    // A link to a title page of a catalog or a service names a title too.
    for (const href of ['https://www.imdb.com/title/tt0411008/', 'https://www.netflix.com/gb/title/70136120', 'https://tv.apple.com/us/show/lost/umc.cmc.1']) {
      expect(ids(body, { spans: [{ start: 34, end: 38, kind: 'link' as const, href }] })).toEqual([lost.id]);
    }
  });

  it('the city is not the show even when the page names the show elsewhere', () => {
    const found = badged(index, reading('She flew to Nashville in May. Later she wrote for the television show “Nashville,” her best work.'));
    expect(found).toHaveLength(1);
    expect(found[0]![1]).toBe(nashville.id);
    expect(found[0]![0]).toBe('Nashville');
  });
});

describe('films and other works', () => {
  it('a remake is of a film or a show alike: "the awful “Knight Rider” remake" (Indiana Daily Student, 2008)', () => {
    const r = reading('Moreover, the new shows look like a range of bad and worse: the awful “Knight Rider” remake; a spin-off of “The Office”.');
    expect(strangers(index, r)).toContain('Knight Rider');
  });

  it('a cult, a band or a company is not a show, in quotes or not (Den of Geek, 2023)', () => {
    const r = reading('This story will follow the real life events behind Australian cult “The Family.” Then the band The National played.');
    expect(strangers(index, r)).toEqual([]);
  });

  it('a recap’s headings are its sections, not shows (TV Insider, 2019)', () => {
    const headline = 'Game of Thrones Season 8 Premiere Recap: Winterfell';
    const r = reading('Homecoming\nThe episode opens with Daenerys, Jon and the rest of their army marching toward Winterfell.', {
      headline,
      blocks: [{ start: 0, kind: 'heading', level: 2 }, { start: 11, kind: 'text' }],
    });
    expect(strangers(index, r)).not.toContain('Homecoming');
    // The same heading on a roundup is a title.
    const roundup = reading(r.body, { headline: 'The best new shows this fall', blocks: r.blocks });
    expect(strangers(index, roundup)).toContain('Homecoming');
  });

  it('a number right after a title is a sequel’s, a number after a comma is the next item (Showmax, 2021)', () => {
    const r = reading('Ilse-Lee van Niekerk (Getroud Met Rugby, 4 Mure, Die Boekklub) stars as Jessica.');
    expect(strangers(index, r)).toEqual(['Getroud Met Rugby', '4 Mure', 'Die Boekklub']);
    const rocky = show('Rocky', { premieredYear: 2015 });
    expect(badged(new TitleIndex([rocky]), reading('The boxing drama Rocky 2 was a hit in cinemas.'))).toEqual([]);
  });

  it('a hit on television is a show; a hit song is not', () => {
    const litvinenko = show('Litvinenko', { premieredYear: 2022, channel: 'ITV' });
    const r = reading('Their previous work includes recent ITV hit Litvinenko. She sang the hit Litvinenko at the gala.');
    expect(badged(new TitleIndex([litvinenko]), r).map(([written, id]) => [written, id])).toEqual([['Litvinenko', litvinenko.id]]);
    expect(badged(new TitleIndex([litvinenko]), reading('She sang the hit Litvinenko at the gala.'))).toEqual([]);
    // A television genre's hit is a show too (Yahoo UK, 2023).
    const salisbury = show('The Salisbury Poisonings', { premieredYear: 2020 });
    const crime = reading('They earned acclaim for their true crime hit The Salisbury Poisonings. And here it is again.');
    expect(badged(new TitleIndex([salisbury]), crime).map(([, id]) => id)).toEqual([salisbury.id]);
    const border = show('Border Security', { premieredYear: 2004 });
    const factual = reading('Seven programs, including its factual 2006 hit "Border Security" and more, did well.');
    expect(badged(new TitleIndex([border]), factual).map(([, id]) => id)).toEqual([border.id]);
    const poldark = show('Poldark', { premieredYear: 2015 });
    const returning = reading('It held off strong competition from the BBC’s returning hit Poldark.');
    expect(badged(new TitleIndex([poldark]), returning).map(([, id]) => id)).toEqual([poldark.id]);
  });

  it('a known title that opens a longer quotation is not the show: “Once Upon A Time in Hollywood” (Reuters, 2020)', () => {
    const ouat = show('Once Upon a Time', { premieredYear: 2011 });
    const index = new TitleIndex([ouat]);
    expect(badged(index, reading('It beat the movies “The Irishman” and “Once Upon A Time in Hollywood” this year.'))).toEqual([]);
    expect(badged(index, reading('Melinda Clarke of “Once Upon a Time,” who will meet Collins, joins.')).map(([, id]) => id)).toEqual([ouat.id]);
  });

  it('a cue word before a run of capitals names the whole run, not the known show it starts with', () => {
    const pokemon = show('Pokémon', { premieredYear: 1997 });
    const r = reading('Hulu adds library titles like Pokémon Detective Pikachu, Twilight, and The Hunger Games.');
    expect(badged(new TitleIndex([pokemon]), r)).toEqual([]);
    // "Films like Titanic": a film list, whatever the index knows.
    const titanic = show('Titanic', { premieredYear: 2012 });
    expect(badged(new TitleIndex([titanic]), reading('Films like Titanic boost feelings of social bonding.'))).toEqual([]);
  });

  it('a title the page calls a film is that film throughout, except in a paragraph about television', () => {
    // Medical Daily, 2016: "the film Titanic", then a list of tearjerkers with no cue of its own.
    const titanic = show('Titanic', { premieredYear: 2012 });
    // The site sets every title in italics: the list's italic Titanic alone would be badged.
    const list = 'Our list of must-watch tearjerkers: Schindler’s List; Titanic; The Notebook.';
    const italic = (body: string) => reading(body, { spans: [{ start: body.lastIndexOf('Titanic'), end: body.lastIndexOf('Titanic') + 7, kind: 'italic' }] });
    expect(badged(new TitleIndex([titanic]), italic(list))).toEqual([['Titanic', titanic.id]]);
    expect(badged(new TitleIndex([titanic]), italic(`Most of us have sat through the film Titanic at least once.\n${list}`))).toEqual([]);
    // The film and the series in one article: the series paragraph keeps its badge.
    const downton = show('Downton Abbey', { premieredYear: 2010 });
    const both = reading('We finally saw the Downton Abbey movie.\nDownton Abbey ran for six seasons on ITV, and fans still miss the show.');
    expect(badged(new TitleIndex([downton]), both)).toEqual([['Downton Abbey', downton.id]]);
  });

  it.each([
    'the 1996 Fargo film',
    'We finally saw the Downton Abbey movie.',
    'Twin Peaks: Fire Walk with Me is a prequel film.',
    'the “Girls” singer performed it live',
  ])('no series badge in %j', (text) => {
    expect(ids(text)).toEqual([]);
  });
});

describe('same-name shows', () => {
  it('the article’s era and weight pick the revival; the text’s year picks the original', () => {
    expect(ids('Doctor Who season 2 premieres in May.', { published: '2024-03-01' })).toEqual([whoNew.id]);
    expect(ids('Doctor Who (1963) made William Hartnell a star.')).toEqual([whoOld.id]);
    expect(ids('Battlestar Galactica season 4 was divisive.', { published: '1979-03-01' })).toEqual([bsgOld.id]);
  });

  it('of two namesakes, the one on the air in the page’s year; when neither is, weight', () => {
    const riderOld = show('Knight Rider', { premieredYear: 1982, endedYear: 1986, channel: 'NBC', weight: 95 });
    const riderNew = show('Knight Rider', { premieredYear: 2008, endedYear: 2009, channel: 'NBC', weight: 70 });
    const riders = new TitleIndex([riderOld, riderNew]);
    const text = 'NBC has ordered more episodes of Knight Rider.';
    expect(badged(riders, reading(text, { published: '2008-11-01' })).map(([, id]) => id)).toEqual([riderNew.id]);
    expect(badged(riders, reading(text, { published: '2015-11-01' })).map(([, id]) => id)).toEqual([riderOld.id]);
    expect(badged(riders, reading(text, { published: '1984-11-01' })).map(([, id]) => id)).toEqual([riderOld.id]);
  });

  it('a show that ended years before the page asks the worker to check for a newer namesake, unless the text gives its era', () => {
    const macgyver = show('MacGyver', { premieredYear: 1985, endedYear: 1992, channel: 'ABC' });
    const macIndex = new TitleIndex([macgyver]);
    const span = (text: string, published: string) => spotArticle(reading(text, { published }), macIndex).candidates[0]?.namesake;
    expect(span('CBS has renewed MacGyver for a third season.', '2017-05-01')).toEqual({ after: 1992, by: 2018 });
    expect(span('CBS has renewed MacGyver for a third season.', '1993-05-01')).toBeUndefined();
    expect(span('Unlike the 1985 MacGyver, the new one has a team.', '2017-05-01')).toBeUndefined();
    expect(span('ABC’s MacGyver made Richard Dean Anderson a star.', '2017-05-01')).toBeUndefined();
  });

  it('the network the text gives: "HBO’s Girls"', () => {
    expect(ids('HBO’s Girls made Lena Dunham famous.')).toEqual([girls.id]);
  });
});

describe('people, publications and sentence starts', () => {
  it('a title that is part of a longer name is not the show', () => {
    expect(ids('The Chicago Fire Department issued a statement.')).toEqual([]);
    expect(ids('Chicago Fire star Taylor Kinney returns.')).toEqual([chicagoFire.id]);
    expect(ids('The Newsroom Awards were handed out.')).toEqual([]);
    // "of the" and a capital carry the name on (Paste, 2023): "The Fall of the House of Usher" is no The Fall.
    const fall = show('The Fall', { premieredYear: 2013 });
    const withFall = new TitleIndex([fall]);
    expect(badged(withFall, reading('We thrived in the misfortune of the wickedly rich in The Fall of the House of Usher or elsewhere.'))).toEqual([]);
    expect(badged(withFall, reading('Gillian Anderson starred in The Fall of 2013 on BBC Two, a series.')).map(([, id]) => id)).toEqual([fall.id]);
    // "in" and "at a" carry a name on too (set 14: a fandom newsletter, a column on reboots); a season, a month
    // or an event after them does not.
    const thisWeek = show('This Week', { premieredYear: 1981 });
    const oneDay = show('One Day', { premieredYear: 2024 });
    const succession = show('Succession', { premieredYear: 2018 });
    const more = new TitleIndex([thisWeek, oneDay, succession]);
    expect(badged(more, reading('This Week in Fandom, Volume 1\nWelcome to our first newsletter about fan works.'))).toEqual([]);
    expect(badged(more, reading('Netflix has renewed its re-do of One Day at a Time, the sitcom.'))).toEqual([]);
    expect(badged(more, reading('HBO’s Succession at the Emmys: the drama series won again.')).map(([, id]) => id)).toEqual([succession.id]);
    expect(badged(more, reading('The drama series Succession in Season 4 was its best.')).map(([, id]) => id)).toEqual([succession.id]);
  });

  it('"host" is a hint for a known show, and a title may start with "Watch" ("Watch What Happens Live", KGRT 2025)', () => {
    const wwhl = show('Watch What Happens Live', { premieredYear: 2009 });
    const withWwhl = new TitleIndex([wwhl]);
    expect(badged(withWwhl, reading('Bravo announced that Andy Cohen will host Watch What Happens Live through at least 2027.')).map(([, id]) => id)).toEqual([wwhl.id]);
    expect(strangers(withWwhl, reading('Watch: the trailer. Watch Now.'))).toEqual([]);
  });

  it('a day’s name alone in brackets after a person is a credit ("Christina Ricci (Wednesday)", Collider 2023), not a day', () => {
    const wednesday = show('Wednesday', { premieredYear: 2022 });
    const withWednesday = new TitleIndex([wednesday]);
    const r = reading('Melanie Lynskey (Candy), Christina Ricci (Wednesday), Tawny Cypress (House of Cards), Ella Purnell (Sweetbitter) star.');
    expect(badged(withWednesday, r).map(([, id]) => id)).toEqual([wednesday.id]);
    expect(badged(withWednesday, reading('The meeting (Wednesday) was short. We met Jane Doe on (Wednesday).'))).toEqual([]);
  });

  it('a city that shares a show’s name is the city unless the page marks the show ("legendary Las Vegas comedian", TV Fanatic 2022)', () => {
    const vegas = show('Las Vegas', { premieredYear: 2003 });
    const withVegas = new TitleIndex([vegas]);
    expect(badged(withVegas, reading('The comedy series follows legendary Las Vegas comedian Deborah Vance (Jean Smart) on tour.'))).toEqual([]);
    expect(badged(withVegas, reading('NBC cancelled Las Vegas after five seasons; the Las Vegas finale aired in 2008.')).map(([, id]) => id)).toEqual([vegas.id]);
  });

  it('a video game or a comic named like a show is no show ("video games like “Resident Evil,”", Live Science 2014)', () => {
    const re = show('Resident Evil', { premieredYear: 2022 });
    const withRe = new TitleIndex([re]);
    expect(badged(withRe, reading('The trend is, in part, inspired by video games like “Resident Evil,” which first came out in 1996.'))).toEqual([]);
    expect(strangers(new TitleIndex([]), reading('The trend is, in part, inspired by video games like “Resident Evil,” which first came out in 1996.'))).toEqual([]);
    expect(badged(withRe, reading('Netflix cancelled its series “Resident Evil” after one season.')).map(([, id]) => id)).toEqual([re.id]);
  });

  it('a stranger inside a known title’s place is a piece of it, never looked up ("Us" in "This Is Us")', () => {
    const thisIsUs = show('This Is Us', { premieredYear: 2016 });
    const parks = show('Parks and Recreation', { premieredYear: 2009 });
    const known = new TitleIndex([thisIsUs, parks]);
    const r = reading('NBC renewed This Is Us season 2 and the creators of Parks and Recreation and shows such as Parks and Recreation, Community.');
    expect(strangers(known, r).filter((title) => /^(?:Us|Parks|Recreation)$/u.test(title))).toEqual([]);
    expect(badged(known, r).map(([, id]) => id)).toEqual(expect.arrayContaining([thisIsUs.id, parks.id]));
    // Outside a known title, the same word is still a stranger the cue put forward.
    expect(strangers(known, reading('Jordan Peele’s series Us season 2 is coming.'))).toContain('Us');
  });

  it('junk never reaches the lookup', () => {
    const r = reading('Hmm. Yeah. Photo: Getty Images. Follow Jane on Twitter. The Atlantic reported it.\nNetflix’s CEO spoke.');
    expect(strangers(index, r)).toEqual([]);
  });

  it('a network alone is no title, the last item of an awards line included ("…, Nine")', () => {
    const r = reading('Hamish Blake, Lego Masters Australia, Nine\nJulia Morris, Taskmaster, Network 10');
    const asked = strangers(index, r);
    expect(asked).toContain('Lego Masters Australia');
    expect(asked).not.toContain('Nine');
    expect(asked).not.toContain('Network 10');
  });

  it('a contraction, a section label or a date is no title (real lines from a recap, a tag page and a roundup)', () => {
    const recap = reading('Tyrion’s trial by combat. Let’s recap – as usual, ALL OF THE SPOILERS ahead. The Society? FIRST KILL?!');
    expect(strangers(index, recap)).not.toContain('Let');
    expect(strangers(index, recap)).not.toContain('ALL OF THE SPOILERS');
    const labels = reading('Released: May 2019\nThe Society (Netflix)\nSeason 8 spoilers\nNew to View: August 30 – September 5');
    expect(strangers(index, labels)).toEqual(['The Society']);
    // A number alone is a title: "1923" is the Yellowstone prequel.
    expect(strangers(index, reading('the prequel series 1923 and Season 2 of it'))).toEqual(['1923']);
  });
});

describe('strangers: titles the index does not know', () => {
  it('news-writing cues put them forward; the lookup decides', () => {
    const r = reading(
      'Newcomers to the network, the Martin Freeman series Breeders and Lil Dicky’s Dave, received renewal. ' +
        'Critically acclaimed shows such as Better Things and The Weekly also received renewal. ' +
        'It will have a spin-off series entitled American Horror Stories. The renewal comes on the heels of For the People’s cancellation.',
    );
    const asked = strangers(index, r);
    for (const title of ['Breeders', 'Dave', 'Better Things', 'The Weekly', 'American Horror Stories', 'For the People']) expect(asked).toContain(title);
    const found = badged(index, r, { Breeders: 901, Dave: 902, 'Better Things': 903, 'The Weekly': 904, 'American Horror Stories': 905, 'For the People': 906 });
    expect(found.map(([, id]) => id).sort()).toEqual([901, 902, 903, 904, 905, 906]);
  });

  it('a listing’s occasion is not part of the title: "The Hit List Celebrity Special" (Yahoo’s TV tonight, 2022)', () => {
    const r = reading('The Hit List Celebrity Special\nBBC One, 5.40pm\nEpisode two of the musical quiz features more celebrity pairs.');
    expect(strangers(index, r)).toContain('The Hit List');
  });

  it('a list run that is not one title falls back to its parts', () => {
    const found = badged(index, reading('shows such as Better Things and The Weekly also returned'), { 'Better Things': 1, 'The Weekly': 2 });
    expect(found).toEqual([['Better Things', 1], ['The Weekly', 2]]);
  });

  it('titles in single quotes in a headline (house style) are candidates', () => {
    const r = reading('The story.', { headline: 'Amazon takes UK rights to ‘Dietland’' });
    expect(strangers(index, r)).toContain('Dietland');
  });

  it('a hostile flood of quoted phrases costs at most MAX_STRANGERS lookups', () => {
    const body = Array.from({ length: 5_000 }, (_, i) => `the series “Title Number${i}”`).join('. ');
    expect(spotArticle(reading(body), index).candidates.length).toBeLessThanOrEqual(MAX_STRANGERS);
  });
});

describe('the sixth set’s forms', () => {
  const alice = show('Alice', { premieredYear: 2009 });
  const shieldShow = show('The Shield', { premieredYear: 2002 });
  const nipTuck = show('Nip Tuck', { premieredYear: 2003 });
  const entourage = show('Entourage', { premieredYear: 2004 });
  const superBowl = show('Super Bowl', { premieredYear: 1967, type: 'Sports' });
  const small = new TitleIndex([alice, shieldShow, nipTuck, entourage, superBowl, lost, community]);
  const smallIds = (text: string) => badged(small, reading(text)).map(([, id]) => id);

  it('a name followed by its actor in brackets is a character (TV Guide, 2020); a network there still names the show', () => {
    expect(smallIds('In the end, Margo (Summer Bishil), Alice (Olivia Taylor Dudley) and Josh found themselves separated.')).toEqual([]);
    expect(smallIds('Community (NBC) is back for a sixth season.')).toEqual([community.id]);
  });

  it('"a huge Lost fan" cues the show (Quarter to Three, 2006); "lost fans" does not', () => {
    expect(smallIds('I like it, and obviously I’m a huge Lost fan.')).toEqual([lost.id]);
    expect(smallIds('The league has lost fans this year.')).toEqual([]);
  });

  it('a later list item keeps the sentence’s lowercase "the": "Galactica, the Shield, and Nip Tuck"', () => {
    expect(smallIds('Galactica, the Shield, and Nip Tuck in no particular order.')).toEqual([shieldShow.id, nipTuck.id]);
  });

  it('yearly events are no shows to badge: "instead of the Super Bowl as in the U.S."', () => {
    expect(smallIds('The Oscars are typically the most-watched program of the year, instead of the Super Bowl as in the U.S.')).toEqual([]);
  });

  it('an awards write-up’s "(Person, Show)" cues a one-word known title (Entertainment Weekly, 2008)', () => {
    expect(smallIds('HBO series also registered wins in the supporting categories in comedy (Jeremy Piven, Entourage) and drama.')).toEqual([entourage.id]);
    expect(smallIds('The film follows his entourage across Europe.')).toEqual([]);
  });
});

describe('awards lists (World Screen, 2010)', () => {
  it('"A, B and C received nominations" in a television category puts each forward, "and"-titles whole too', () => {
    const r = reading('On the comedy side, The Armstrong and Miller Show, The Kevin Bishop Show and Stewart Lee’s Comedy Vehicle received nominations.');
    const asked = strangers(index, r);
    for (const title of ['The Armstrong and Miller Show', 'The Kevin Bishop Show', 'Stewart Lee’s Comedy Vehicle']) expect(asked).toContain(title);
    const found = badged(index, r, { 'The Armstrong and Miller Show': 801, 'The Kevin Bishop Show': 802, 'Stewart Lee’s Comedy Vehicle': 803 });
    expect(found.map(([, id]) => id)).toEqual([801, 802, 803]);
  });

  it('people who received nominations are no list of shows', () => {
    expect(strangers(index, reading('On the film side, Carey Mulligan, Colin Firth and Andrea Riseborough received nominations.'))).toEqual([]);
  });

  it('a list item "Newswipe with Charlie Brooker" is put forward without its host too', () => {
    const r = reading('Britain’s Got Talent will face off against Game of Thrones, Harry Hill’s TV Burp and Newswipe with Charlie Brooker for the award.');
    expect(strangers(index, r)).toEqual(expect.arrayContaining(['Newswipe with Charlie Brooker', 'Newswipe']));
    expect(badged(index, r, { Newswipe: 804 }).map(([, id]) => id)).toContain(804);
  });
});

describe('characters named like shows (BuddyTV, 2013)', () => {
  const robinHood = show('Robin Hood', { premieredYear: 2006 });
  const small = new TitleIndex([robinHood]);
  const smallIds = (text: string) => badged(small, reading(text)).map(([, id]) => id);

  it('a character recast or played by someone is no show; the show by that name still is', () => {
    expect(smallIds('Once Upon a Time recasts Robin Hood: come season 3, the outlaw returns.')).toEqual([]);
    expect(smallIds('Come season 3, Robin Hood will be played by someone entirely new.')).toEqual([]);
    expect(smallIds('The BBC’s Robin Hood ran for three series.')).toEqual([robinHood.id]);
  });
});

describe('a bare "hit" takes the kind its sentence talks about (The Guardian, 2016)', () => {
  it('"airs on Tuesdays … before the hit Chicago Fire" is the show; "she sang the hit" is a song', () => {
    expect(ids('This Is Us airs on Tuesdays at 9pm, before the hit Chicago Fire.')).toEqual([chicagoFire.id]);
    expect(ids('At the gala she sang the hit Chicago Fire to a standing ovation.')).toEqual([]);
  });
});

describe('a show’s actor, and a title repeated past its places', () => {
  const parenthood = show('Parenthood', { premieredYear: 2010 });
  const theChase = show('The Chase', { premieredYear: 2009 });
  const chaseShow = show('Chase', { premieredYear: 2010 });
  const small = new TitleIndex([parenthood, theChase, chaseShow]);
  const smallIds = (text: string) => badged(small, reading(text)).map(([, id]) => id);

  it('"Parenthood’s Jason Ritter" cues a one-word known title (Refinery29, 2017); a plain "parenthood" is none', () => {
    expect(smallIds('Parenthood’s Jason Ritter and his partner have some exciting news.')).toEqual([parenthood.id]);
    expect(smallIds('They wrote about parenthood and its joys.')).toEqual([]);
  });

  it('"The Chase" named more often than it is badged still hides the "Chase" inside it (Daily Star, 2024)', () => {
    const text = [
      ...Array.from({ length: 4 }, () => 'READ MORE: The Chase’s Jenny Ryan drops a bombshell.'),
      'Bradley Walsh was left in fear of a The Chase contestant’s judo skills.',
    ].join('\n');
    expect(smallIds(text)).toEqual([theChase.id]);
  });
});

describe('runs that join two shows, datelines and the headline’s copy (World Screen, 2010)', () => {
  const spooks = show('Spooks', { premieredYear: 2002 });
  const corrie = show('Coronation Street', { premieredYear: 1960 });
  const eastenders = show('EastEnders', { premieredYear: 1985 });
  const small = new TitleIndex([spooks, corrie, eastenders]);

  it('"Coronation Street and EastEnders" is never looked up as one title when the index knows both', () => {
    const r = reading('Continuing drama nominees are The Bill, Casualty, Coronation Street and EastEnders.');
    expect(strangers(small, r)).not.toContain('Coronation Street and EastEnders');
    expect(badged(small, r).map(([, id]) => id)).toEqual([corrie.id, eastenders.id]);
  });

  it('a waiting "Spooks and The Street" holds back no badge of the show inside it', () => {
    const r = reading('Up for the award for best drama are Being Human, Misfits, Spooks and The Street.');
    const spots = spotArticle(r, small);
    expect(spots.candidates.map((c) => c.title)).toContain('Spooks and The Street');
    // Every stranger still waiting for its lookup: the known Spooks is placed all the same.
    const placed = placeMentions(spots.mentions, (key) => spots.candidates.find((c) => c.key === key)?.ref);
    expect(placed.map((p) => p.ref.id)).toEqual([spooks.id]);
  });

  it('a dateline opening the story and the body’s copy of the headline are no titles', () => {
    const r = reading('BAFTA Nominees Announced\nLONDON: The official list of the nominees has been revealed.', { headline: 'BAFTA Nominees Announced' });
    expect(strangers(small, r)).toEqual([]);
  });
});

describe('the article’s year from its address', () => {
  it('gives the era where the page has no date', () => {
    const riderOld = show('Knight Rider', { premieredYear: 1982, endedYear: 1986, weight: 95 });
    const riderNew = show('Knight Rider', { premieredYear: 2008, endedYear: 2009, weight: 70 });
    const r = reading('NBC has ordered more episodes of Knight Rider.', { url: 'https://news.example/2008/11/knight-rider-order/' });
    expect(badged(new TitleIndex([riderOld, riderNew]), r).map(([, id]) => id)).toEqual([riderNew.id]);
  });
});

describe('a network’s name before a title the rules read there', () => {
  it('is no part of the title: "an NBC Miami Vice return" (Arkansas Democrat-Gazette, 2017)', () => {
    const vice = show('Miami Vice', { premieredYear: 1984, channel: 'NBC' });
    const morning = show('This Morning', { premieredYear: 1988, channel: 'ITV1' });
    const shows = new TitleIndex([vice, morning]);
    expect(badged(shows, reading('Vin Diesel is considering an NBC Miami Vice return in 2018.'))).toEqual([['Miami Vice', vice.id]]);
    // No rule reads a title after the network here: the capitals run on, and "This Morning" is part of the name.
    expect(badged(shows, reading('She told CBS This Morning that she was done.'))).toEqual([]);
  });
});

describe('quoted titles in a list', () => {
  it('a quote that opens again before it closes was never closed: “Criminal Minds, “Elementary,” (AJC, 2020)', () => {
    const minds = show('Criminal Minds', { premieredYear: 2005, channel: 'CBS' });
    const elementary = show('Elementary', { premieredYear: 2012, channel: 'CBS' });
    const once = show('Once Upon a Time', { premieredYear: 2011, channel: 'ABC' });
    const shows = new TitleIndex([minds, elementary, once]);
    const text = 'Earlier this season, five CBS shows were canceled or ended their runs: “Criminal Minds, “Elementary,” and more.';
    expect(badged(shows, reading(text)).map(([title]) => title)).toEqual(['Criminal Minds', 'Elementary']);
    expect(badged(shows, reading('She loved “Once Upon a Time in Hollywood” and saw it twice.'))).toEqual([]);
  });
});

describe('short names writers use', () => {
  it('"CSI" is CSI: Crime Scene Investigation as written, but not where it heads a longer title (Arkansas Democrat-Gazette, 2017; a blog, 2016)', () => {
    const csi = show('CSI: Crime Scene Investigation', { premieredYear: 2000, channel: 'CBS' });
    const shows = new TitleIndex([csi]);
    expect(badged(shows, reading('Eads is best known for his 15 seasons (335 episodes) as Nick Stokes on CSI.'))).toEqual([['CSI', csi.id]]);
    expect(badged(shows, reading('It’s kind of like CSI: Medieval, or that bit of The Two Towers.'))).toEqual([]);
    expect(badged(shows, reading('The csi team arrived at dawn.'))).toEqual([]);
  });
});
