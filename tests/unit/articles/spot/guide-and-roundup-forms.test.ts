// Forms the rules did not read on held-out pages (sets 16 and 17: TV guides, roundups, premises, epithets, a
// reviewer's comparisons, credits), each with the real sentence it came from and the look-alikes that must stay unbadged.
import { describe, expect, it } from 'vitest';
import { titleLists } from '@/utils/articles/spot/lists';
import { titleCandidatesInText } from '@/utils/articles/title-patterns';
import { TitleIndex } from '@/utils/title-index/title-index';
import { badged, reading, show, strangers } from './spot-support';

const empty = new TitleIndex([]);

describe('a TV guide’s line: title, channel, time (Irish Examiner’s Echo, 2023)', () => {
  it.each([
    ['Magpie Murders, BBC One, 9.15pm', 'Magpie Murders'],
    ['Gogglebox Ireland, Virgin Media Two, 10:30pm', 'Gogglebox Ireland'],
    ['Kin, RTÉ One, 9:30pm', 'Kin'],
  ])('%s puts forward %s, without its channel', (line, title) => {
    expect(strangers(empty, reading(`Saturday\n${line}\nSunday`))).toEqual([title]);
  });

  it('a sentence that ends on a time is no listing', () => {
    expect(strangers(empty, reading('We watched it, Mum and I, at 9.15pm'))).toEqual([]);
  });
});

describe('a network’s schedule in capitals (TV Source Magazine, 2024)', () => {
  it('reads "8-10 P.M. – The Voice" as a slot and its show, and never looks up the hours', () => {
    const asked = strangers(empty, reading('MONDAY\n8-10 P.M. – The Voice\n10-11 P.M. – BRILLIANT MINDS\nTUESDAY'));
    expect(asked).toEqual(expect.arrayContaining(['The Voice', 'BRILLIANT MINDS']));
    expect(asked.filter((title) => /P\.M/u.test(title))).toEqual([]);
  });

  it('a credit line is no title: "Created by Ashley Lyle and Bart Nickerson"', () => {
    expect(strangers(empty, reading('Yellowjackets\nCreated by Ashley Lyle and Bart Nickerson\nShowtime'))).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^Created by/u)]),
    );
  });
});

describe('a roundup’s line of one network’s shows (Syfy Wire, 2017)', () => {
  it('puts forward every show of "ABC: Imaginary Mary, Time After Time" and of a one-show line', () => {
    const r = reading('Canceled Shows\nABC: Imaginary Mary, Time After Time\nCBS: Pure Genius\nReturning Shows');
    expect(strangers(empty, r)).toEqual(['Imaginary Mary', 'Time After Time', 'Pure Genius']);
  });

  it('a network’s line that is a sentence names nothing', () => {
    expect(strangers(empty, reading('Netflix: the streamer said it would cut prices'))).toEqual([]);
  });
});

describe('a headline’s titles cried out in a row', () => {
  it('"Timeless! Supergirl! X-Files! and more" is a list of three (Syfy Wire, 2017)', () => {
    const text = 'TV Network Preview - Returning and canceled shows: Timeless! Supergirl! X-Files! and more';
    expect(titleLists(text).map((list) => list.map((item) => item.title))).toEqual([['Timeless', 'Supergirl', 'X-Files']]);
  });

  it('two cries are no list, nor are cries that are sentences', () => {
    expect(titleLists('Wow! Amazing! What a night.')).toEqual([]);
    expect(titleLists('It is back! Fans cheer! We all knew it!')).toEqual([]);
  });
});

describe('a list whose last item follows "as well as" (Lifehacker Australia, 2021)', () => {
  it('reads each title, the maker’s possessive and "the final season of" included', () => {
    const text = 'there’s also a new season of Sex Education, Mike Flanagan’s Midnight Mass as well as the final season of Lucifer.';
    expect(titleLists(text).map((list) => list.map((item) => item.title))).toEqual([['Sex Education', 'Mike Flanagan’s Midnight Mass', 'Lucifer']]);
  });
});

describe('a ratings roundup’s list (SowetanLIVE, 2022)', () => {
  it('reads each title without its audience', () => {
    const text = 'Uzalo is followed closely by Generations: The Legacy with 4.7-million, Skeem Saam 4.5-million, Muvhango 3.1-million and Scandal! 2.9-million.';
    const titles = titleLists(text).flat().map((item) => item.title);
    expect(titles).toEqual(expect.arrayContaining(['Skeem Saam', 'Muvhango']));
    expect(titles.filter((title) => /million/u.test(title))).toEqual([]);
  });
});

describe('sentence cues', () => {
  it.each<[string, string]>([
    ['There are also some gems on streaming services this week as well with the return of Succession.', 'Succession'],
    ['There was great news (the un-cancellation of Timeless), the predictable', 'Timeless'],
    ['Squid Game is a South Korean series that follows a bunch of cash-strapped individuals', 'Squid Game'],
    ['It is written by Emmy Award-winning Ted Lasso co-creator Bill Lawrence', 'Ted Lasso'],
    ['Stan recently became home to BMF (Black Mafia Family) which follows the story of two brothers', 'BMF'],
    ['The Television Academy rewarded the battle between innies and outies as Severance led the 2025 Emmy nominations with 27.', 'Severance'],
    ['Not only did Severance dominate the drama categories, but The Studio racked up the most nominations for a comedy series', 'The Studio'],
    ['with HBO’s hit drama Succession season 4 receiving 27 nominations', 'Succession'],
    ['the show digs deeper into the existential questions that plague us all, leading many to compare it to Lost.', 'Lost'],
    ['Succession was created by British writer Jesse Armstrong, most famous for his work on Peep Show', 'Succession'],
    ['maybe I’m a bit spoiled here from Prime Video’s gorgeous Rings of Power (which will be in a future column)', 'Rings of Power'],
    ['This film also stars David Fane (from Eagle vs Shark) and Elisabeth Moss (from the Handmaid’s Tale).', 'Handmaid’s Tale'],
    ['This film also stars David Fane (from Eagle vs Shark) and Elisabeth Moss (from the Handmaid’s Tale).', 'The Handmaid’s Tale'],
    ['those who have seen it say it’s even better than the hit HBO adaptation of The Last Of Us.', 'The Last Of Us'],
    ['a television adaptation of Shōgun is coming', 'Shōgun'],
    ['Featuring everything from the end of Succession and Ted Lasso to the premieres of Gen V and The Last of Us', 'Ted Lasso'],
    ['Jason Sudeikis, who took the Best Actor in a Comedy TV Series for Ted Lasso.', 'Ted Lasso'],
    ['Numbers for The Great Canadian Baking Show have fallen like a bad souffle.', 'The Great Canadian Baking Show'],
    ['Popular originals include Skeem Saam and a spinoff to the Mercy & Ike show, Mercy, What Next?', 'Mercy & Ike'],
    ['Univision also premiered Maite Perroni’s La Gata, whose typical fairytale story has also seen its ratings drop.', 'La Gata'],
    ['Johnson will also be seen next on TNT’s mini-series “One Day She’ll Darken.”', 'One Day She’ll Darken'],
    ['As well as winning a Golden Globe and a Primetime Emmy for her role in Mike White’s The White Lotus, the actor', 'The White Lotus'],
    ['Olivia Colman won Best Actress in a Television Series – Drama for The Crown.', 'The Crown'],
  ])('%s → %s', (text, title) => {
    expect(titleCandidatesInText(text)).toContain(title);
  });

  it('look-alikes put forward no title: a person’s return, a premise with nothing capitalised before it', () => {
    expect(titleCandidatesInText('the return of the king was a relief')).toEqual([]);
    expect(titleCandidatesInText('The move, which follows months of talks, was welcomed.')).toEqual([]);
    expect(titleCandidatesInText('The company was created by two brothers, and critics compare it to nothing else.')).toEqual([]);
    // A country's or an agency's initials before "show" are its subject.
    expect(titleCandidatesInText('It was the UK show of the year, and the CIA show.')).toEqual([]);
    // An Emmy's category is no work.
    expect(titleCandidatesInText('It won an Emmy for Outstanding Cinematography.')).toEqual([]);
    // The end of a month, a year, a season or a war is no work's.
    expect(titleCandidatesInText('By the end of May, the end of Season 2 and the end of World War II, the end of 2023 came.')).toEqual([]);
  });

  it('a slash joins a known show and a stranger: "an X-Files/ Supernatural mix", "The Block/X Factor" (Box Office Buz, Buro 24/7)', () => {
    const index = new TitleIndex([show('The X-Files'), show('The X Factor')]);
    expect(strangers(index, reading('It already sounds like a wonderful X-Files/ Supernatural mix, a series set in the 1980s.'))).toContain('Supernatural');
    expect(strangers(index, reading('free-to-air offering nothing but reruns of The Block/X Factor and more TV series'))).toContain('The Block');
    expect(strangers(index, reading('The X Factor airs 24/7 on TV this season.'))).not.toContain('7');
  });

  it('a title where it streams or airs: "Seen in Hasmukh on Netflix" (India Today, 2020), "The Voice on ITV" (Broadcast, 2023)', () => {
    const empty = new TitleIndex([]);
    expect(strangers(empty, reading('Seen in Hasmukh on Netflix as the unscrupulous manager of the stand-up comic.'))).toContain('Hasmukh');
    expect(badged(new TitleIndex([show('The Voice')]), reading('I Can See Your Voice loses out to The Voice on ITV.')).map(([written]) => written)).toContain('The Voice');
    // A slot, a date, a time zone or a sentence's opening is on a network too; a name there is only a hint.
    for (const text of ['Mercy, What Next? starts Sunday, 10 October on Africa Magic Showcase.', 'They’re on Apple TV+.', 'It airs at 9 p.m. CST on NBC.', 'Ted Sarandos on Netflix and its future.']) {
      expect(strangers(empty, reading(text))).toEqual([]);
    }
  });

  it('"(from the Wire)" after an actor badges The Wire, the article written small (CityNews Toronto, 2023)', () => {
    const index = new TitleIndex([show('The Wire')]);
    const r = reading('This show also stars Imelda Staunton (from Vera Drake), Dominic West (from the Wire), and Olivia Williams.');
    expect(badged(index, r).map(([written]) => written)).toEqual(['the Wire']);
    // A name in the same place is a character's or an actor's, not a credit: "Dominic West (Jimmy McNulty)".
    expect(badged(index, reading('Dominic West (Jimmy McNulty) was in the Wire.'))).toEqual([]);
  });

  it('an awards ceremony is no show, whatever TVmaze calls its broadcast: "the 2006 Golden Globe Awards"', () => {
    const index = new TitleIndex([show('Golden Globe Awards'), show('The Office')]);
    const r = reading('Steve Carell won best actor in a television series during the 2006 Golden Globe Awards for his performance in The Office.');
    expect(badged(index, r).map(([written]) => written)).toEqual(['The Office']);
  });
});

describe('what a known show’s name stands for here', () => {
  const dragon = new TitleIndex([show('House'), show('Succession'), show('The Last of Us'), show('The White Lotus')]);
  it('"to see House of the Dragon" is no mention of House, on a page naming other shows (Gadgets 360, 2023)', () => {
    const text =
      'The nominations were announced, with HBO’s hit drama Succession season 4 receiving 27 nominations. Following close behind was The Last of Us with a whopping 24 nominations. Third is the second season of The White Lotus which received 23 nominations. It was a bit strange to see House of the Dragon only receiving one nomination — for Outstanding Drama Series.';
    expect(badged(dragon, reading(text)).map(([written]) => written)).toEqual(['Succession', 'The Last of Us', 'The White Lotus']);
  });

  it('an episode’s quoted title is that episode, here and further down (We So Nerdy, 2015)', () => {
    const glee = new TitleIndex([show('Glee'), show('Homecoming')]);
    const text =
      'Glee returns for its sixth and final season.\nIn season 6, episode 2, “Homecoming,” former New Directions members come back to Lima.\nGet a sneak peek with promotional stills for “Loser Like Me” and “Homecoming.”';
    expect(badged(glee, reading(text)).map(([written]) => written)).toEqual(['Glee']);
  });

  it('a show whose name could be an episode’s is the show where no episode is named', () => {
    const index = new TitleIndex([show('Homecoming')]);
    expect(badged(index, reading('Homecoming season 2 starts on Friday.')).map(([written]) => written)).toEqual(['Homecoming']);
  });
});

describe('words that only look like titles', () => {
  it('a quotation of speech is no title in quotes: "“See?” he says" (The A.V. Club, 2015)', () => {
    const r = reading('The episode’s lesson in scale and perspective. “See?” he says. “Problem took care of itself.” It is the best episode of the season.');
    expect(badged(empty, r, { See: 99 })).toEqual([]);
    // A title in quotes with no one saying it still counts.
    expect(badged(empty, reading('Apple renewed “See” for a third season.'), { See: 99 }).map(([written]) => written)).toEqual(['See']);
  });

  it('a film in apposition is the film: "Luther: The Fallen Sun, the movie follow-up" (Best of Netflix, 2023)', () => {
    const index = new TitleIndex([show('Luther'), show('Fargo')]);
    const films = reading(
      'It surpassed the second season of the Spanish drama Wrong Side of the Tracks.\nLuther: The Fallen Sun, the movie follow-up of the hit BBC series, was another notable entry for April so far. The movie saw the return of Idris Elba’s titular character.\nFargo, the 1996 film, left too: its return is a rerun.',
    );
    expect(badged(index, films)).toEqual([]);
    const series = reading('Luther, the BBC series, returns for a sixth season.');
    expect(badged(index, series).map(([written]) => written)).toEqual(['Luther']);
  });

  it('a brand before an actor is no show: "Hollywood actor Neil Roberts" (Metro, 2024)', () => {
    const index = new TitleIndex([show('Hollywood')]);
    expect(badged(index, reading('EastEnders has cast Hollywood actor Neil Roberts in the soap’s new storyline.'))).toEqual([]);
  });
});

describe('what is worth a lookup in the first rate window', () => {
  it('a season is no part of a title: "Melissa & Joey: Season 3 finale aired June 18" asks Melissa & Joey (TVLine, 2014)', () => {
    const text = 'Melissa & Joey: Season 3 finale aired June 18; Renewed for Season 4\nChasing Life: Season 1a finale aired Aug. 12; Season 2 is a safe bet.';
    const asked = strangers(empty, reading(text));
    expect(asked).toEqual(expect.arrayContaining(['Melissa & Joey', 'Chasing Life']));
    expect(asked.filter((title) => /Season/u.test(title))).toEqual([]);
  });

  it('a pair of people is never looked up as one title: "the likes of Kanye West and Kim Kardashian" (BBC Newsbeat, 2019)', () => {
    const asked = strangers(empty, reading('Braun has worked with the likes of Kanye West and Kim Kardashian - both of whom Taylor Swift has feuded with.'));
    expect(asked).not.toContain('Kanye West and Kim Kardashian');
  });

  it('an epithet is no title, even linked to a title page: "how Oscar-winning actress" (IndieWire, 2019)', () => {
    const body = 'the bizarre odyssey of how Oscar-winning actress Mary Steenburgen began writing songs';
    const start = body.indexOf('Oscar-winning');
    const spans = [{ start, end: start + 'Oscar-winning'.length, kind: 'link' as const, href: 'https://www.imdb.com/title/tt0081150/' }];
    expect(strangers(empty, reading(body, { spans }))).not.toContain('Oscar-winning');
  });

  it('"Better Things and The Weekly" is asked after both shows (Decider, 2020)', () => {
    const asked = strangers(empty, reading('FX renewed Better Things and The Weekly, which return for a second season.'));
    expect(asked.at(-1)).toBe('Better Things and The Weekly');
    expect(asked).toEqual(expect.arrayContaining(['Better Things', 'The Weekly']));
  });
});

