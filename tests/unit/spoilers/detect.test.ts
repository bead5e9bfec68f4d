import { detectHeadlineWarning, detectSpoilerWarning, isSpoilerEndMarker } from '../../../utils/spoilers/detect';

type Expected = 'block' | 'inline' | null;

// Sentences in the forms real TV articles use; the first two are verbatim from the labelled articles.
const WARNINGS: ReadonlyArray<[string, Expected]> = [
  ['Spoilers for Ballard season 1 finale ahead.', 'block'],
  [
    'Luckily, the show was renewed for a second season, so fans will finally be able to see the aftermath of James and Alyssa’s crime spree, and if (spoiler alert), James survived being shot last season. Here’s what we know about season 2 of the show, including the cast, schedule and season spoilers:',
    'inline',
  ],
  ['Warning: spoilers ahead', 'block'],
  ['Warning: Spoilers ahead for The Bear season 3!', 'block'],
  ['SPOILER ALERT', 'block'],
  ['Spoiler alert!', 'block'],
  ['This article contains spoilers for The Last of Us season 2, episode 2.', 'block'],
  ['This article contains major spoilers for the Severance season 2 finale.', 'block'],
  ['Major spoilers below', 'block'],
  ['Spoilers', 'block'],
  ['Spoilers below for Slow Horses season 4.', 'block'],
  ['The following contains spoilers for the entire first season of Andor.', 'block'],
  ['Heads up: this recap is full of spoilers.', 'block'],
  ['Beware of spoilers for Squid Game season 3 in the text below.', 'block'],
  ['If you haven’t watched the finale yet, stop reading now.', 'block'],
  ['If you haven’t caught up with The White Lotus, look away now — you’ve been warned.', 'block'],
  ['Spoiler warning: this article discusses the season 2 finale.', 'block'],
  ['[Spoilers]', 'block'],
  ['*** SPOILERS ***', 'block'],
  ['There will be spoilers.', 'block'],
  ['This piece reveals major plot points from the season 2 finale.', 'block'],
  ['Spoiler alert: Olivas does not make it out of the finale alive.', 'inline'],
  ['Warning: spoilers ahead. In the finale, Ballard is arrested for the murder of Olivas.', 'inline'],
  ['This is the episode where (spoilers!) the Holmes family reunion goes badly wrong.', 'inline'],
  // Verbatim from the labelled development articles (Variety, Den of Geek, Contactmusic).
  ['SPOILER ALERT: Do not keep reading if you have not seen the Season 8 finale of “The Walking Dead,” titled “Wrath”', 'block'],
  ['This article contains spoilers for the Succession finale.', 'block'],
  ['Let’s recap – as usual, ALL OF THE SPOILERS ahead.', 'block'],
  // Recaps and reviews that announce themselves.
  ['This recap contains spoilers for season 2, episode 5', 'block'],
  ['Full spoilers for the finale below', 'block'],
  ['What follows discusses the ending', 'block'],
  ['Warning: major spoilers ahead', 'block'],
  ['This review discusses the ending of the film in detail.', 'block'],
  ['The following breaks down everything that happened in episode 5.', 'block'],
  ['Warning: what follows reveals the season 2 finale ending.', 'block'],
  ['[This story contains major spoilers from the season 2 finale of The Bear.]', 'block'],
  ['SPOILER ALERT: This story contains details from the season 1 finale of “Ballard.”', 'block'],
  ['Don’t keep reading if you haven’t seen the finale.', 'block'],
  ['Spoilers: Kim Tate is found dead after a row with Will.', 'inline'],
  // Verbatim from stored public copies of Fallout recaps (whattowatch.com, comicbook.com, Kotaku, 2024-04).
  ['This article contains spoilers for Fallout episode 5, "The Past". If you\'re not caught up with the series yet, check out our article explaining how to watch the Fallout TV show instead.', 'block'],
  ['WARNING: This article contains FULL SPOILERS for Fallout Episodes 5 and 6… Maximus and Thaddeus are celebrating the retrieval of Wilzig’s head and Thaddeus insists that he get branded as the official Squire to Titus.', 'inline'],
  ['Straight up, if you don’t want spoilers for Fallout Episodes 1-5, do not read anything that follows this top line of text. I mean it. I am going spoiler bonkers below.', 'block'],
  // Spoilers reported in the sentence itself carry plot (soap previews, whattowatch.com and entertainmentdaily.co.uk).
  ['Spoilers for the episode confirm that as Cain (Jeff Hordley) goes for a shower, Moira answers a call from Debbie – revealing the tragic news Zak has passed away.', 'inline'],
  ['Spoilers have revealed that Kim will be found dead next week – after trying to trap Will Taylor into attempting to kill her on camera.', 'inline'],
];

const NOT_WARNINGS: ReadonlyArray<string> = [
  'Don’t worry we won’t be revealing any spoilers, in fact we will be looking at the data and audience insights behind the crime drama.',
  'No spoilers here, just the release date and cast.',
  'Our spoiler-free review of Andor season 2.',
  'This review is spoiler free.',
  'We’ll try to avoid spoilers for those who haven’t finished it yet.',
  'Here is what we know without spoilers.',
  'I won’t spoil the ending, but it is worth the wait.',
  'The cast has been sworn to secrecy to keep spoilers from leaking.',
  'Spoilers show up everywhere online these days.',
  'Spoilers revealed on Twitter ruined the finale for many fans.',
  // Verbatim (soaphub.com): a pun, not a warning.
  'It’s no spoiler to say that soap spoilers are everywhere these days.',
  'Spoilers leaked online ahead of the premiere, prompting a statement from HBO.',
  'Fans on Reddit have been sharing spoilers for weeks.',
  'Netflix has a strict policy on spoilers in early reviews.',
  'The detectives turn back when they hear the sirens.',
  'I want it, you want it, we all want it, but as it stands, there’s no news confirming Ballard season 2.',
  'Ballard season 2 isn’t guaranteed to be renewed by Prime Video.',
  'Nothing to spoil here: the trailer shows only the opening scene.',
  'We’re keeping this spoiler-light, so read on.',
  // The idiom "Spoiler:" introduces a punchline, not plot.
  'Will Ballard return? Spoiler: nobody knows yet.',
  'No spoilers for the finale here.',
  'The biggest spoiler of the year was the price hike.',
  'We watched the first four episodes and can say, without spoiling anything, that it holds up.',
  'Is it worth watching? Spoiler: it’s good.',
  // "Spoiler Alert", the 2022 film, is a title, not a label.
  'Spoiler Alert is a 2022 film starring Jim Parsons and Ben Aldridge.',
  '‘Spoiler Alert’ review: Jim Parsons and Ben Aldridge break hearts.',
  'Jim Parsons stars in Spoiler Alert, now streaming on Peacock.',
  // Covering verbs about the plot, not about the article.
  'The episode reveals the ending Tywin fears most.',
  'We will discuss the finale in a later piece.',
  'Here’s what we know about the cast and the release date.',
  // News that announces what it covers without covering a plot.
  'This article discusses the death of the show’s creator and what it means for season 3.',
  'This guide covers the entire season, with release dates for every episode.',
  'This story covers the events of the Emmys red carpet.',
  'Spoilers-wise, the trailer gives little away.',
  '',
];

describe('detectSpoilerWarning', () => {
  it.each(WARNINGS)('%s → %s', (text, kind) => {
    expect(detectSpoilerWarning(text)).toEqual(kind ? { kind } : null);
  });

  it.each(NOT_WARNINGS.map((text) => [text]))('not a warning: %s', (text) => {
    expect(detectSpoilerWarning(text)).toBeNull();
  });

  it('treats a warning in a heading as the start of the section below', () => {
    expect(detectSpoilerWarning('Ballard season 1 ending explained [Spoilers]', { heading: true })).toEqual({
      kind: 'block',
    });
    expect(detectSpoilerWarning('Spoiler-free review', { heading: true })).toBeNull();
  });
});

describe('isSpoilerEndMarker', () => {
  it.each(['End of spoilers', 'Spoilers end here.', '— END SPOILERS —', '[/spoilers]', 'No more spoilers from here.'])(
    'ends the section: %s',
    (text) => {
      expect(isSpoilerEndMarker(text)).toBe(true);
    },
  );

  it.each([
    'Spoilers for Ballard season 1 finale ahead.',
    'The end of the season left fans reeling, and the spoilers that leaked before it did not help either.',
    'Here is the end of the episode.',
  ])('does not end the section: %s', (text) => {
    expect(isSpoilerEndMarker(text)).toBe(false);
  });
});

// Headlines: the first is verbatim from a labelled article (The Scottish Sun), the rest follow the
// forms soap and reality coverage uses every week.
const HEADLINE_WARNINGS: ReadonlyArray<string> = [
  'Seven huge Emmerdale spoilers for next week including Kim Tate’s shock death and Will Taylor’s arrest',
  'The Bachelor Spoilers: Who Goes Home Tonight',
  'Love Island spoilers — what happens next week',
  'Emmerdale spoilers: Kim Tate is found dead',
  'Coronation Street spoilers for next week revealed',
  'Next week’s EastEnders spoilers: Phil makes a shock return',
  '‘Bachelor in Paradise’ Season 10 Spoilers: Who Leaves Together',
  'Spoilers: who goes home tonight',
  'Ballard season 1 ending explained [Spoilers]',
  'Spoiler alert: Kim Tate dies',
  // Verbatim from stored public copies (comicbook.com 2024, whattowatch.com 2022, Metro via a mirror 2023).
  'Fallout Recap With Spoilers: Episodes 5 and 6',
  'EastEnders spoilers: Sam Mitchell flees Walford?',
  'Seven EastEnders spoilers as Phil Mitchell gets ready for prison and horrific explosion rocks Albert Square',
  'Emmerdale Caleb sussed by Kim, EastEnders death confirmed and 23 soap spoilers',
  'The Bear season 3 review (with spoilers)',
];

const HEADLINE_LOOK_ALIKES: ReadonlyArray<string> = [
  'Netflix Cracks Down On Spoilers For Stranger Things',
  'HBO sues over Game of Thrones spoilers',
  'Game of Thrones spoilers leaked online',
  'Why Spoilers Don’t Ruin Stories, According to Science',
  'The biggest spoiler of the year was the price hike',
  'Spoiler-free review: Andor season 2 is the best Star Wars yet',
  'No spoilers for the finale here: what we know about Severance season 3',
  '‘Spoiler Alert’ review: Jim Parsons and Ben Aldridge break hearts',
  'Spoiler Alert trailer: Jim Parsons stars in a love story',
  'Is The Bear season 3 worth watching? Spoiler: yes',
  'Bradley Walsh says ‘I’d better watch out’ as The Chase contestant shares surprise hobby',
  'Ballard season 2: everything we know so far',
  'Why a review with spoilers matters',
  'Fans are furious, and spoilers are everywhere',
  'A Guide to the TV Spoilers on Soap Dirt',
];

describe('detectHeadlineWarning', () => {
  it.each(HEADLINE_WARNINGS.map((text) => [text]))('files the page as spoilers: %s', (headline) => {
    expect(detectHeadlineWarning(headline)).not.toBeNull();
  });

  it.each(HEADLINE_LOOK_ALIKES.map((text) => [text]))('not a spoiler headline: %s', (headline) => {
    expect(detectHeadlineWarning(headline)).toBeNull();
  });

  it('tells a headline that is a label from one that carries a warning', () => {
    expect(detectHeadlineWarning('Emmerdale spoilers: Kim Tate is found dead')).toBe('headline-label');
    expect(detectHeadlineWarning('Ballard season 1 ending explained [Spoilers]')).toBe('headline-warning');
  });
});
