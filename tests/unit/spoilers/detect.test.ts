import { detectSpoilerWarning, isSpoilerEndMarker } from '../../../utils/spoilers/detect';

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
