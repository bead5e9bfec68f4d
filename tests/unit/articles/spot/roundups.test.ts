// Roundups, listicles and verdict lists: the forms where most shows on a page have no "season N" nearby.
// Sentences are from real renewal roundups (2014–2017).
import { describe, expect, it } from 'vitest';
import { titleLists, titlePairs } from '@/utils/articles/spot/lists';
import { spotArticle } from '@/utils/articles/spot/spot-article';
import { TitleIndex } from '@/utils/title-index/title-index';
import { badged, reading, show, strangers } from './spot-support';

const names = [
  'Castle', "Grey's Anatomy", 'The Middle', 'Modern Family', 'Once Upon a Time', 'Scandal', 'Hannibal', 'Supernatural',
  'The Vampire Diaries', 'Arrow', 'The Flash', 'Reign', 'Jane the Virgin', 'The Originals', 'Nashville', 'Revenge', 'Empire',
];
const shows = names.map((name) => show(name));
const index = new TitleIndex(shows);
const idOf = (name: string) => shows.find((s) => s.name === name)!.id;
const found = (text: string) => badged(index, reading(text)).map(([written]) => written);

describe('titleLists', () => {
  it('splits a roundup sentence into its titles, with the sentence’s own words left out', () => {
    const text = 'The CW also picked up Riverdale, No Tomorrow, and Frequency, as well as Supergirl.';
    expect(titleLists(text).map((list) => list.map((item) => item.title))).toEqual([['Riverdale', 'No Tomorrow', 'Frequency']]);
  });

  it('keeps camel-case titles and drops a network label before the first item', () => {
    const lists = titleLists('Fox: APB, Making History, Scream Queens, Sleepy Hollow, Son of Zorn');
    expect(lists[0]!.map((item) => item.title)).toEqual(['APB', 'Making History', 'Scream Queens', 'Sleepy Hollow', 'Son of Zorn']);
    expect(titleLists('Arrow, iZombie and The Flash are back.')[0]!.map((i) => i.title)).toEqual(['Arrow', 'iZombie', 'The Flash']);
  });

  it('reads a list joined by no-break spaces, and none in a sentence with one comma', () => {
    expect(titleLists('Arrow,\u00a0iZombie\u00a0and The Flash are back.')[0]!.map((i) => i.title)).toEqual(['Arrow', 'iZombie', 'The Flash']);
    expect(titleLists('Arrow, the show, is back.')).toEqual([]);
    expect(titleLists('Arrow, which ended, and The Flash are back.')).toEqual([]);
  });

  it('a part that ends a run may start the next with its tail (YNaija, 2021)', () => {
    const text = 'Plus, new seasons of Music Buzz, Turn Up Friday, Owambe Saturday and a spinoff to the Mercy & Ike show.';
    expect(titleLists(text).map((list) => list.map((item) => item.title))).toEqual([['Music Buzz', 'Turn Up Friday', 'Owambe Saturday']]);
  });

});

describe('a list with known shows in it is a list of shows', () => {
  it('badges every known item, one-word titles included', () => {
    const text = 'Castle, Grey’s Anatomy, The Middle, Modern Family, Once Upon A Time and Scandal are all locks for renewal and will be back next season.';
    expect(found(text)).toEqual(['Castle', 'Grey’s Anatomy', 'The Middle', 'Modern Family', 'Once Upon A Time', 'Scandal']);
  });

  it('asks the lookup about the items the index does not know', () => {
    const text = 'Crazy Ex-Girlfriend, Jane the Virgin, The Flash, iZombie, Arrow, Supernatural and Reign will all be back next season.';
    expect(strangers(index, reading(text))).toEqual(expect.arrayContaining(['Crazy Ex-Girlfriend', 'iZombie']));
    expect(found(text)).toEqual(['Jane the Virgin', 'The Flash', 'Arrow', 'Supernatural', 'Reign']);
  });

  it('one known show that needs no cue makes a list of new shows a roundup', () => {
    const text = 'Honourable mentions: Yellowjackets, Barry, The Vampire Diaries, Jury Duty and Mrs. Davis.';
    expect(strangers(index, reading(text))).toEqual(['Yellowjackets', 'Barry', 'Jury Duty', 'Mrs. Davis']);
    // A list on a line of its own, with no full stop, is a list too.
    expect(strangers(index, reading('Renewed: Yellowjackets, The Vampire Diaries, Jury Duty\nMore next week.'))).toEqual(['Yellowjackets', 'Jury Duty']);
  });

  it('an aside after an item is the writer’s, not the title’s', () => {
    expect(titleLists('shows I stalled on: The Affair, Arrested Development (good riddance), Dark, Happy!, Riverdale (doh!), and The Terror.')[0]!.map((i) => i.title)).toEqual([
      'The Affair', 'Arrested Development', 'Dark', 'Happy', 'Riverdale', 'The Terror',
    ]);
  });

  it('a dash may lead into the aside: "The Voice - (Monday & Tuesday), Scandal…" (Next TV, 2015)', () => {
    expect(titleLists('The Voice - (Monday & Tuesday), Scandal, The Goldbergs and Blindspot followed.')[0]!.map((i) => i.title)).toEqual([
      'The Voice', 'Scandal', 'The Goldbergs', 'Blindspot',
    ]);
  });

  it('an ampersand is part of a title, not a list separator', () => {
    expect(titleLists('including I Am Not Okay With This, The Society and Julie & The Phantoms.')[0]!.map((i) => i.title)).toEqual([
      'I Am Not Okay With This', 'The Society', 'Julie & The Phantoms',
    ]);
  });

  it('a list in parentheses, and a last item named by its season', () => {
    expect(titleLists('the so-called quartet (Arrow, The Flash, Supergirl, and Legends of Tomorrow) airing on the CW')[0]!.map((i) => i.title)).toEqual([
      'Arrow', 'The Flash', 'Supergirl', 'Legends of Tomorrow',
    ]);
    expect(titleLists('HBO capitalized with Chernobyl, Sharp Objects, and the third season of True Detective.')[0]!.map((i) => i.title)).toEqual([
      'Chernobyl', 'Sharp Objects', 'True Detective',
    ]);
  });

  it('a list is one of shows when a cue on the page already named one of its items a show', () => {
    const text = 'Lucky 7: Officially cancelled\nThey will join Lucky 7, Ironside and We Are Men over at the MIA Network.';
    expect(strangers(index, reading(text))).toEqual(['Lucky 7', 'Ironside', 'We Are Men']);
  });

  it('a review’s entry in capitals as its lead-in, and "the likes of" a list', () => {
    const r = reading('Our grades.\nTHE MILLERS.  This comes from Greg Garcia. Grade: B-\nEXCLUSIVE: The network said so.\nThey join the likes of Big Bang, Parks & Rec, and 2.5 Men.');
    expect(strangers(index, r)).toEqual(expect.arrayContaining(['THE MILLERS', 'Big Bang', 'Parks & Rec']));
    expect(strangers(index, r)).not.toContain('EXCLUSIVE');
  });

  it('a heading names the show after its network’s possessive; a heading that quotes a title is a headline', () => {
    const r = reading("Casting news.\nAMAZON's HOMECOMING\nDermot Mulroney has joined the cast.\nSarah Drew to Exit 'Grey's Anatomy'\nMore.");
    const asked = strangers(new TitleIndex([]), r);
    expect(asked).toContain('HOMECOMING');
    expect(asked.filter((t) => /AMAZON|Sarah Drew/u.test(t))).toEqual([]);
  });

  it('a numbered listicle heading is its title', () => {
    const r = reading('The best shows of the year.\n1. Scandal\nThe White House drama bowed out.\n#2 Beef\nA road-rage comedy.\nNo. 3: Jury Duty\nA prank.');
    expect(badged(index, r)).toEqual([['Scandal', idOf('Scandal')]]);
    expect(strangers(index, r)).toEqual(['Beef', 'Jury Duty']);
  });

  it('a listicle heading with its network after it, and a heading that is one long title', () => {
    const r = reading('Our picks.\nBeef – Netflix\nA road-rage comedy.\nSlow Horses, Apple TV+\nSpies.\nStar Trek: Strange New Worlds\nSpace.');
    expect(strangers(index, r)).toEqual(expect.arrayContaining(['Beef', 'Slow Horses', 'Star Trek: Strange New Worlds']));
  });

  it('a list of people or places is no cue, even when a word in it is a show’s name', () => {
    expect(found('Jake, Amy and Rosa went to Nashville, Castle Rock and Revenge Point for the weekend.')).toEqual([]);
  });

  // Deadline, BAFTA TV Awards 2019; Showmax, December 2021; Pedestrian, March 2024.
  it('a title joined to a known show by "and" or "or" is a title too', () => {
    expect(strangers(index, reading('The Vampire Diaries and Patrick Melrose were the big winners at the awards in London.'))).toEqual(['Patrick Melrose']);
    expect(strangers(index, reading('“It’s like The Vampire Diaries or The Bold Type, but set against the Cape wedding industry.”'))).toEqual(['The Bold Type']);
    expect(strangers(index, reading('novels Nine Perfect Strangers and The Vampire Diaries were also made into hit TV shows.'))).toEqual(['Nine Perfect Strangers']);
  });

  // The Duke Chronicle, 2000: "Friends and ER"; Box Office Buz, 2016: "a wonderful X-files/ Supernatural mix".
  it('a known one-word title joined to a show that needs no cue is that show too', () => {
    expect(found('Remember the good old days? Jane the Virgin and Castle. It did not matter what filled the holes.')).toEqual(['Jane the Virgin', 'Castle']);
    expect(found('It already sounds like a wonderful Modern Family/ Supernatural mix.')).toEqual(['Modern Family', 'Supernatural']);
    expect(found('Remember the good old days? Castle and Kerry Washington. It did not matter.')).toEqual([]);
  });

  it('a pair with no known show in it, or whose known show needs a cue, proposes nothing', () => {
    expect(strangers(index, reading('The trains run between Melbourne and Sydney on Tuesdays.'))).toEqual([]);
    expect(strangers(index, reading('He shot it in Castle and Kerry Washington produced it.'))).toEqual([]);
  });

  it('each side of a pair stays in its sentence, abbreviations aside', () => {
    const sides = (text: string) => titlePairs(text).map((pair) => pair.map((side) => side.title));
    expect(sides('the nominees are Spooks and The Street. The drama won')).toEqual([['Spooks', 'The Street']]);
    expect(sides('hits like Mr. Robot and Dr. Who.')).toEqual([['Mr. Robot', 'Dr. Who']]);
    expect(sides('I like Spooks. The Wire and Lost are back.')).toEqual([['The Wire', 'Lost']]);
    // A side with a join of its own belongs to a list or is a title's own "and".
    expect(sides('Law and Order and Friends')).toEqual([]);
  });
});

describe('listicle verdicts and entries', () => {
  it.each([
    ['Hannibal = Cancelled', 'Hannibal'],
    ['Empire = Expanded', 'Empire'],
    ["CANCELLED: 'Scandal'", 'Scandal'],
    ['Renewed: Revenge', 'Revenge'],
  ])('%j', (text, title) => {
    expect(badged(index, reading(`Here’s a list of what’s happening to our favourites:\n${text}\nDespite its cult following, the network has spoken.`))).toEqual([[title, idOf(title)]]);
  });

  it('an entry that is nothing but its title (a listicle heading) is the show', () => {
    const r = reading('The world’s most successful sitcom returns.\nScandal\nWith all the interest in the White House, there’s no way this could have got the chop.');
    expect(badged(index, r)).toEqual([['Scandal', idOf('Scandal')]]);
  });

  it('single quotes mark titles in running text too; an apostrophe does not', () => {
    expect(strangers(index, reading("The CW couldn't garner the right audience with 'Valor', its military drama."))).toEqual(['Valor']);
    expect(strangers(index, reading("It's the network's best year, and fans' favourite."))).toEqual([]);
    // An apostrophe inside a word closes no quote (Euro Weekly News, 2021).
    expect(strangers(index, reading('while ‘It’s A Sin’, the drama about the 1980s Aids crisis, won.'))).toEqual(['It’s A Sin']);
  });
});

describe('casting news: credits in parentheses', () => {
  const madMen = show('Mad Men');
  const fosters = show('The Fosters');
  const utopia = show('Utopia');
  const casting = new TitleIndex([madMen, fosters, utopia]);

  it('a known show among a sentence’s credits makes its name-shaped neighbours titles too (T3, 2023)', () => {
    const saul = new TitleIndex([show('Better Call Saul')]);
    const text = 'It has some new additions this time out: Bob Odenkirk (Better Call Saul) and Molly Gordon (Animal Kingdom).';
    expect(strangers(saul, reading(text))).toEqual(['Animal Kingdom']);
    // Without the known show the name in brackets may be a character's: only a hint.
    expect(strangers(new TitleIndex([]), reading(text))).toEqual([]);
  });

  it('a known show in an actor’s credits is badged, one-word titles included', () => {
    const r = reading('Levi Fiehler (The Fosters) has joined the cast. Adeel Akhtar (Utopia) has booked a series regular role. Also boarding is Michael Gladis (“Mad Men”).');
    expect(badged(casting, r).map(([, id]) => id)).toEqual([fosters.id, utopia.id, madMen.id]);
  });

  it('a credit that begins with "The" is a title, never a person, and vouches for the credits beside it', () => {
    const r = reading('Walton Goggins (Justified, The Righteous Gemstones) has joined the cast.');
    expect(strangers(casting, r)).toEqual(['Justified', 'The Righteous Gemstones']);
    // One capitalised word may be a character ("Zendaya (Rue)"): alone, only the index's own shows count there.
    expect(strangers(casting, reading('Zendaya (Rue) and Jacob Elordi (Nate) return.'))).toEqual([]);
  });

  it('quoted or title-shaped credits are looked up; a name in parentheses after a character is not', () => {
    const r = reading('The series was written by Chris Black (“Ugly Betty,” “Desperate Housewives”). It follows detective Renée Ballard (Maggie Q) and Councilman Jake Pearlman’s (Noah Bean) father.');
    const asked = strangers(casting, r);
    expect(asked).toEqual(expect.arrayContaining(['Ugly Betty', 'Desperate Housewives']));
    expect(asked).not.toContain('Maggie Q');
    expect(asked).not.toContain('Noah Bean');
  });
});

describe('Title Case headlines', () => {
  it('put forward only what the body names too', () => {
    const r = reading('ABC renewed the drama for a 17th season, and Station 19 returns too.', {
      headline: "Grey's Anatomy Renewed Through Season 17 With More Station 19 Crossover",
    });
    const asked = strangers(new TitleIndex([]), r);
    expect(asked).not.toContain("Grey's Anatomy Renewed Through");
    expect(asked).not.toContain('More Station 19 Crossover');
  });

  it('that quote their titles quote them all: the other runs are the headline’s words (Collider, 2016)', () => {
    const headline = 'Fall TV Review Guide 2016 Final Round: ‘The Crown,’ ‘Dirk Gently,’ & More';
    const r = reading('Welcome to the 2016 Fall TV season. The Final Round starts with The Crown and Dirk Gently.', { headline });
    expect(strangers(new TitleIndex([]), r)).toEqual(expect.arrayContaining(['The Crown', 'Dirk Gently']));
    expect(strangers(new TitleIndex([]), r)).not.toContain('Fall TV');
    expect(strangers(new TitleIndex([]), r)).not.toContain('Final Round');
  });

  it.each([
    ['The Bear Renewed for Season 4 at FX', 'FX has renewed The Bear.', ['The Bear']],
    ['HBO Cancels Westworld After Four Seasons', 'HBO has cancelled Westworld.', ['Westworld']],
    ['Severance Star Adam Scott Talks Season 2', 'Adam Scott returns to work in Severance.', ['Severance']],
    ['Why Slow Horses Is the Best Show on TV', 'Slow Horses is great.', ['Slow Horses']],
    ['How I Met Your Father Canceled at Hulu After Two Seasons', 'Hulu axed How I Met Your Father.', ['How I Met Your Father']],
    ['For All Mankind Renewed for Season 5 at Apple TV+', 'For All Mankind will return.', ['For All Mankind']],
  ])('split at the words of renewal news: %j', (headline, body, expected) => {
    const r = reading(body, { headline });
    expect(strangers(new TitleIndex([]), r)).toEqual(expected);
    // The headline's own mention is the one placed first, capitalised words before it or not.
    const spots = spotArticle(r, new TitleIndex([]));
    expect(spots.mentions.find((m) => m.region === 'headline')).toMatchObject({ start: headline.indexOf(expected[0]!) });
  });
});

describe('listings guides: one show a line, with its time and channel', () => {
  const criminalMinds = show('Criminal Minds', { premieredYear: 2005 });
  const sevenNews = show('Seven News', { premieredYear: 1970 });
  const listings = new TitleIndex([criminalMinds, sevenNews]);

  it('badges a known show at the start of a line that ends in its channel and time (Screenscribe, 2020)', () => {
    const r = reading('Monday\nCriminal Minds TVNZ 1, 8.30\nThe lurid procedural returns for its final season.');
    expect(badged(listings, r).map(([written, id]) => [written, id])).toEqual([['Criminal Minds', criminalMinds.id]]);
  });

  it('puts a stranger forward without the channel’s words too, for the lookup to settle', () => {
    const asked = strangers(listings, reading('Tuesday\nInstinct Prime, 8.30\n➢ Demolition NZ Prime, 9.25'));
    expect(asked).toEqual(expect.arrayContaining(['Instinct', 'Demolition NZ']));
  });

  it('reads a US listings heading: the hour, "on", the station or its call sign, the show (Greeley Tribune, 2018)', () => {
    const r = reading('What’s on this week\n7 p.m. on KDVR The Gifted\nHoping to take his program national, the sinister agent returns.\n8:01 p.m. on ABC Station 19\nCrossed paths.');
    expect(strangers(listings, r)).toEqual(expect.arrayContaining(['The Gifted', 'Station 19']));
    // A sentence that happens to hold a time is no listing.
    expect(strangers(listings, reading('We met at 7 p.m. on KDVR The Gifted star’s invitation, and talked.'))).not.toContain('The Gifted');
  });

  it('reads the time-first form ("6:00pm: Seven News – Ch7", Molk’s TV Talk, 2011) and no sentence that ends in a time', () => {
    const r = reading('Timeslot winners (nationally):\n6:00pm: Seven News – Ch7\n6:30pm: Today Tonight – Ch7');
    expect(badged(listings, r).map(([, id]) => id)).toEqual([sevenNews.id]);
    expect(strangers(listings, r)).toContain('Today Tonight');
    expect(strangers(listings, reading('Doors open\nThe meeting starts at 9.30'))).toEqual([]);
  });

  it('reads a network schedule with no channel after the title, a slot a line ("8 p.m. - Chicago Med", BroadwayWorld, 2019)', () => {
    const med = show('Chicago Med', { premieredYear: 2015 });
    const schedule = new TitleIndex([med]);
    const r = reading('WEDNESDAY, SEPT. 25\n8 p.m. - Chicago Med\n8:30 p.m. - PERFECT HARMONY\n8-10 p.m. - The Voice');
    expect(badged(schedule, r).map(([, id]) => id)).toEqual([med.id]);
    expect(strangers(schedule, r)).toEqual(expect.arrayContaining(['PERFECT HARMONY', 'The Voice']));
    expect(strangers(schedule, reading('Doors open at 8 p.m. - Bring A Friend'))).not.toContain('Bring A Friend');
  });

  it('reads a streaming chart’s lines: rank, title, (year), platform, figures (Adweek, Nielsen top 10, 2022)', () => {
    const greys = show('Grey’s Anatomy', { premieredYear: 2005 });
    const chart = new TitleIndex([greys]);
    const r = reading('Top 10 Streaming Programs\n3. The Sandman (2022) Netflix 1,021 11\n7. Cocomelon Netflix 741 18\n10. Grey’s Anatomy Netflix 678 396\n6. Trainwreck: Woodstock ’99 Netflix 504 3');
    expect(badged(chart, r).map(([, id]) => id)).toEqual([greys.id]);
    expect(strangers(chart, r)).toEqual(expect.arrayContaining(['The Sandman', 'Cocomelon', 'Trainwreck: Woodstock ’99']));
  });

  it('reads a forum list’s "2- Title (2019- )" headings and a schedule line’s makers apart (Wealth of Geeks, 2023; TV Source Magazine, 2024)', () => {
    const r = reading('Shows you should not pass up\n2- What We Do in the Shadows (2019- )\nA comedy about vampires.\n3- The Boys (2019- )\nSuperheroes gone wrong.');
    expect(strangers(new TitleIndex([]), r)).toEqual(expect.arrayContaining(['What We Do in the Shadows', 'The Boys']));
    const pilots = strangers(new TitleIndex([]), reading('Dramas pilots the series Grosse Pointe Garden Society from Jenna Bans and Bill Krebs were ordered.'));
    expect(pilots).toContain('Grosse Pointe Garden Society');
  });

  it('looks up a season heading’s show, not the heading, and no field label’s value ("Melissa & Joey: Season 3", "Creator: Misha Green")', () => {
    const asked = strangers(new TitleIndex([]), reading('Summer on Freeform\nMelissa & Joey: Season 3\nThe sitcom returns.\nCreator: Misha Green\nComing to Netflix: Friday'));
    expect(asked).toContain('Melissa & Joey');
    expect(asked.filter((title) => /Season|Misha|Creator|Friday/u.test(title))).toEqual([]);
  });

  it('reads a what-to-watch list’s entries: rank, title, when, channel (the i, 2018), and a verdict line with its network', () => {
    const r = reading('10 things to watch on TV this week\n1 My Next Guest Needs No Introduction from today, Netflix\nDavid Letterman is back.\n2 Jamestown – tonight 9pm, Sky One\nSet in 1619.\n4 Collateral – Mon 9pm, BBC2\nThe Simpsons - FOX - Renewed');
    expect(strangers(new TitleIndex([]), r)).toEqual(expect.arrayContaining(['My Next Guest Needs No Introduction', 'Jamestown', 'Collateral', 'The Simpsons']));
    expect(strangers(new TitleIndex([]), reading('Doors open\nThe bar – tonight 9pm, Channel 4 side door'))).toEqual([]);
  });

  it('a list of three titles, one with "The", in a paragraph about television names shows the index does not know (TV Insider, 2024)', () => {
    const globes = reading('The list of nominees is stacked, with Succession, The Bear, and Beef leading the pack on the TV side of things.');
    expect(strangers(new TitleIndex([]), globes)).toEqual(expect.arrayContaining(['Succession', 'The Bear', 'Beef']));
    // People, characters, films: no such list.
    const none = [
      'On the TV side, Jennifer Aniston, Reese Witherspoon and The Rock led the nominees.',
      'In the TV episode, The Mountain, the Viper and Tyrion fought it out.',
      'A TV actor, his credits also included the films Guns of Diablo (1964), The Oscar (1966) and Run.',
    ];
    for (const text of none) expect(strangers(new TitleIndex([]), reading(text)).filter((t) => /Beef|Viper|Mountain|Oscar|Run|Aniston/u.test(t))).toEqual([]);
  });

  it('two-word titles among titles, and a writer’s credits, are lists of shows (Us Weekly, 2019; TV Tattle, 2025)', () => {
    const snubs = reading('Comedies\nWhere was the love for Schitt’s Creek, PEN15 and The Good Place? The TV Academy slipped.');
    expect(strangers(new TitleIndex([]), snubs)).toEqual(expect.arrayContaining(['Schitt’s Creek', 'PEN15', 'The Good Place']));
    const credits = reading('Ju, who has also written for Poker Face, Russian Doll and The Other Two, will serve as showrunner.');
    expect(strangers(new TitleIndex([]), credits)).toEqual(expect.arrayContaining(['Poker Face', 'Russian Doll', 'The Other Two']));
    // Mostly names, with no writer's credit before them: people.
    const cast = reading('The series stars Jharrel Jerome, Neicy Nash and The Rock, on the TV side.');
    expect(strangers(new TitleIndex([]), cast).filter((t) => /Jerome|Nash|Rock/u.test(t))).toEqual([]);
  });

  it('a numbered list’s next rank is no sequel number: "6. Gentefied" then "7. …" (The Streamable, 2020)', () => {
    const r = reading('Netflix’s top 10 TV shows\n5. Better Call Saul\n6. Gentefied\n7. Harlan Coben’s The Stranger');
    expect(strangers(new TitleIndex([]), r)).toContain('Gentefied');
    // On its own line a number still makes a sequel: "Rocky 2".
    expect(strangers(new TitleIndex([]), reading('My favourite films\n6. Rocky 2'))).not.toContain('Rocky');
  });

  it('leaves an awards list’s "Person – Show" lines to the list rule: no lookup of the person or the whole line, nor of a category', () => {
    const r = reading('BAFTA TV Awards 2023\nDRAMA SERIES\nThe Responder\nLeading actress\nMaxine Peake – Anne\nSarah Lancashire – Julia\nFemale performance in a comedy programme\nDiane Morgan – Cunk on Earth');
    const asked = strangers(new TitleIndex([]), r);
    expect(asked).toEqual(expect.arrayContaining(['The Responder', 'Anne', 'Julia', 'Cunk on Earth']));
    expect(asked.filter((title) => /Peake|Lancashire|Morgan|DRAMA SERIES|Leading/u.test(title))).toEqual([]);
  });

  it('a clock time is never a show, whatever show is called "7.30"', () => {
    const clock = new TitleIndex([show('7.30', { premieredYear: 2011 })]);
    expect(badged(clock, reading('Inside Buckingham Palace Prime, 7.30\nA new three-part series.'))).toEqual([]);
  });
});
