/**
 * Where a show's title tends to stand in news text ("X season 2", "season 3 of X",
 * "the X spinoff", `AMC's series "X"`). Each rule yields a candidate; only a confident
 * TVmaze match turns a candidate into a show, so rules favour recall within title-like text.
 */

// A title: capitalised words, joined by a few lowercase connectors ("Night of the Living Dead").
// A colon inside a word joins it ("Re:Zero", "CSI:Miami"); one at its end closes a franchise ("Star Trek:").
// A slash before a capital joins too ("Fosse/Verdon", "Miss/Guided").
const WORD = String.raw`[\p{Lu}\p{Nd}](?:[\p{L}\p{Nd}'’*&!?.\-]|:(?=[\p{L}\p{Nd}])|\/(?=\p{Lu}))*:?`;
// Other languages' small words join titles too ("Van der Valk", "El Señor de los Cielos", "Dans la tête d'Alan Moore").
const CONNECTOR = String.raw`(?:of|the|and|a|an|in|on|at|to|for|with|from|by|or|de|la|le|les|los|las|el|del|der|van|von|du|des|di|il|y|vs\.?|&|-|–)`;
/**
 * A title as written: capitalised words, with connectors between them. Starts only at a word start, so a
 * long run of letters is not retried at every position; a later word may be a year cut short
 * ("Trainwreck: Woodstock ’99", "Class of ’92").
 */
export const TITLE = String.raw`(?<![\p{L}\p{Nd}'’*&.\-])${WORD}(?:[ \u00a0](?:${CONNECTOR}[ \u00a0])*(?:${WORD}|['’]\d\d(?![\p{L}\p{Nd}]))){0,7}`;
/** "Season", "Seasons", "Series" (a British season). */
const SEASON_WORD = String.raw`(?:[Ss]easons?|[Ss]eries)`;
const SEASON_NUMBER = String.raw`(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\b`;
/** "Seasons 1-5", "Series 1–3", "Season 2", "S1-S3": which seasons of a title, as a listing gives them in brackets. */
const SEASONS = String.raw`(?:${SEASON_WORD}|S)\s?\d{1,2}(?:\s?(?:[-–—&,+]|and|to|through)\s?S?\d{1,2})*`;
/** A credit in brackets that is only seasons: "(Seasons 1-5)" names no work. */
const ONLY_SEASONS = new RegExp(String.raw`^${SEASONS}$`, 'u');
/** What comes before "renewed" or "cancelled" in news of a verdict, given or expected: "was", "could be", "won't be", "is expected to be". */
const RENEWAL_AUXILIARY = String.raw`(?:was|wasn['’]t|has been|hasn['’]t been|have been|had been|is being|isn['’]t being|were|got|gets|(?:will|won['’]t|would|wouldn['’]t|could|might|may|should|must)\s+(?:not\s+)?(?:soon\s+|still\s+)?be|(?:is|are|isn['’]t|aren['’]t)\s+(?:not\s+)?(?:likely|unlikely|expected|set|poised|going|about|slated|tipped|due)\s+to\s+be)`;
/** Which season: "second", "8th", "final", "upcoming". */
export const ORDINAL = String.raw`(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d{1,2}(?:st|nd|rd|th)|new|final|latest|next|upcoming|debut|last)`;
const SHOW_NOUN = String.raw`(?:(?:drama |comedy )?pilot|series|shows?|sitcoms?|dramas?|comedy|comedies|dramedy|miniseries|mini-series|limited series|docuseries|spinoffs?|spin-offs?|prequels?|reboots?|revivals?|soap opera|soapies?|soap|telenovelas?|serials?|anthology|procedurals?|programmes?|programs?|thrillers?|satires?|hit)`;
/** Networks and services whose possessive introduces a title ("Netflix's Wednesday", "HBO's Girls"). */
const ONE_NETWORK = String.raw`(?:ABC|AMC\+?|Apple TV\+?|Apple|BBC(?: One| Two| Three| Four| America| iPlayer|[1-4])?|Bravo|BritBox|CBS(?: All Access)?|CBC|CTV|Channel 4|Channel 5|Cinemax|Comedy Central|Crave|Disney\+|Disney Channel|E4|Epix|MGM\+|FX(?:X| on Hulu)?|Fox|FOX|Freeform|Hallmark(?: Channel)?|HBO(?: Max)?|History|Hulu|IFC|ITV(?:X|2)?|Lifetime|MTV|NBC|Nat Geo|National Geographic|Netflix|Paramount\+|Paramount Network|PBS|Peacock|Pop(?: TV)?|Prime Video|Amazon(?: Prime(?: Video)?)?|Adult Swim|Cartoon Network|Nickelodeon|Showtime|Shudder|Sky(?: Atlantic| One| Max)?|Starz|Stan|Sundance(?: ?TV)?|Syfy|TBS|TLC|The CW|CW|TNT|truTV|USA(?: Network)?|VH1|BET|OWN|A&E|Acorn TV|Max|YouTube(?: Premium)?|Quibi|SABC ?[123]?|e\.tv|Mzansi Magic|M-Net|kykNET|Showmax|DStv|Star Plus|StarPlus|Star Jalsha|Star Bharat|Sony (?:TV|SAB|LIV)|SonyLIV|Zee TV|ZEE5|Zee5|Colors TV|JioHotstar|Hotstar|ABS-CBN|GMA(?: Network)?|TV5|Channel (?:Seven|Nine|Ten|7|9|10)|Seven Network|Nine Network|Network (?:Ten|10)|SBS|Foxtel|RTÉ(?: One| ?2)?|RTE(?: One)?|TG4|Virgin Media(?: One| Two| Three)?|TVNZ(?: ?[12])?|Citytv|CBC Gem|ARD|ZDF|RTL|Sat\.1|ProSieben|Das Erste|TF1|France [23]|Canal\+|Arte|ARTE|Telemundo|Univision|Globo|NHK|Fuji TV|TVB|KBS2?|MBC|tvN|[Jj][Tt][Bb][Cc]|OCN|Viki|iQIYI|Crunchyroll|Tubi|Facebook Watch|YouTube Red|Crackle|Freevee|IMDb TV|BET\+|Discovery(?: Channel|\+)|Food Network|HGTV|Travel Channel|Oxygen|WE tv|ESPN|CNN|MSNBC|Fox News|TV3|S4C|UKTV|ABC iview|9Now|7plus|Africa Magic(?: Showcase| Family| Urban| Epic)?|Star World|Disney Junior|Nick Jr\.?|CBeebies|CBBC|PBS Kids)`;
/**
 * "AMC-BBC America’s Killing Eve": co-commissioners joined by a hyphen or slash. After the first, a
 * capitalised word or two stands for the next: the whole list again would double the size of the two
 * dozen rules that use it, which a fresh worker compiles on its first page.
 */
export const NETWORK = String.raw`(?:${ONE_NETWORK}(?:[-/][A-Z][A-Za-z+]*(?: [A-Z][A-Za-z+]*)?)*)`;
/** The kind of show an appositive or a definition gives: "drama", "limited series", "reality show". */
const KIND_NOUN = String.raw`(?:show(?![-\s]+(?:business|biz|runner|stopper|off|host|horse|pony|trial|girl|boy|dog|jumper|room|case|piece|tune|day|night)\b)|series|docuseries|drama|comedy|sitcom|miniseries|limited series|thriller|dramedy|procedural|anthology|soap|romcom|telenovela|reality show|game show|talk show)`;
/** Words before that noun: "time-travel", "FBI", "Hulu", "1990s". */
// "a South Korean series", "a British-Irish sitcom": a nationality or a maker's name is a modifier too.
const KIND_MODIFIER = String.raw`(?:[\p{Ll}-]+|\p{Lu}{2,5}|${NETWORK}|(?:19|20)\d\ds?|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)`;
/** "a comedy veteran", "a drama queen": the noun describes a person, not a show. */
const NOT_A_PERSON_AFTER = String.raw`(?!\s+(?:veteran|star|actor|actress|writer|producer|fan|queen|king|legend|icon|critic|executive|director|creator|nerd|geek|lover|buff|junkie|school|teacher|student|class|club|festival|award|prize|category|slate|block|lineup|night|hour|channel|network|department|division|writer's|writers')\b)`;
const CALLED = String.raw`(?:(?:entitled|titled|called|named)\s+)?`;
/** A person's name: two or three capitalised names, perhaps with an initial ("Matthew Macfadyen", "Olivia Taylor Dudley"). */
export const PERSON_NAME = String.raw`\p{Lu}[\p{Ll}'’-]+(?:[ \u00a0]\p{Lu}\.)?(?:[ \u00a0]\p{Lu}[\p{Ll}'’-]+){1,2}`;
/** A character's name as a credit gives it: one to three capitalised words ("Kendall Roy", "Dr. Melfi"), a nickname ("Dr. Michael “Robby” Robinavitch"). */
const CHARACTER = String.raw`\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,2}(?:\s[“"]\p{Lu}[\p{L}'’.-]*[”"](?:\s\p{Lu}[\p{L}'’.-]+)?)?`;
/** A month's name as a sentence writes it: "May", "Sept", "December" (no `i` flag: "may" is a verb). */
const MONTH_CAPITALISED = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
/** A month's name or its abbreviation; use it with the `i` flag. */
export const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
/** Australia's commercial networks by their bare names, as awards lists and ratings columns write them. */
export const BARE_NETWORK = String.raw`(?:Nine|Seven|Ten|Network (?:10|Ten)|7two|9Go!|10 Peach)`;
/** A time of day as listings write it: "9.00pm", "6:00 p.m.", "8.30". */
export const CLOCK = String.raw`\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?`;
/** A schedule's slot: a clock time, or an hour with its "pm" ("7pm", "9 p.m.") — a bare "8" is any number. */
const SLOT = String.raw`(?:${CLOCK}|\d{1,2}\s*[ap]\.?m\.?)`;
/** An audience as ratings reports give it: "1.518 million", "4.2m", "963,000" (a bare small number is no audience). */
const AUDIENCE = String.raw`(?:\d+(?:\.\d+)?\s*(?:million|m)|\d{1,3}(?:,\d{3})+)`;
/** Capitalised words before "star" that are not shows ("Hollywood star", "pop star"). */
const NOT_BEFORE_STAR = /^(?:Hollywood|Broadway|Bollywood|Marvel|Disney|Oscar|Emmy|Grammy|NBA|NFL|WWE|Olympic|K-pop|Netflix|YouTube|TikTok|Instagram|Reality|Pop|Rock|Country|Film|Movie|TV|Guest|Co|Former|Child|Rising)$/u;
// A comma inside the quotes may be the title's own: “Roswell, New Mexico”, “Love, Victor”.
const QUOTED = String.raw`[“"]((?:${TITLE}(?:,[ \u00a0]${TITLE})?)?)[.,!?]?[”"]`;

/**
 * Rules whose title comes BEFORE a keyword ("Ballard season 2"). Matching is keyword first: a cheap
 * scan finds the keyword, then the title is read backwards from it within a short window, so the
 * cost follows the number of keywords, not the number of capitalised words on the page.
 */
interface TitleBeforeKeyword {
  keyword: RegExp;
  /** What joins the title to the keyword, anchored at the end of the text before the keyword. */
  joiner: RegExp;
  /** Only where "the" comes right before the title. */
  afterThe?: boolean;
  /** A hint for a title the index knows, never a lookup. */
  weak?: boolean;
  /** Only a hint when the title is shaped like a person's name: people are its subject too. */
  weakForPeople?: boolean;
  /** Only a hint when the title is one word or two or three capitalised ones (a name's shape, a day's, a place's). */
  weakForNames?: boolean;
  /** What this rule's place holds besides titles: no candidate. */
  notTitle?: RegExp;
}

const TITLE_BEFORE_KEYWORD: readonly TitleBeforeKeyword[] = [
  // Ballard season 2 · Ballard's Season 2 · Ballard: Season 2 · Doctor Who series 14
  // Fallout – Season 1 Episode 5 Recap (a dash between title and season, as headlines write it)
  // The Office: Seasons 1-9 · Dexter: Seasons 1-8 (a listing's seasons on offer)
  { keyword: new RegExp(String.raw`\b${SEASON_WORD}\s+${SEASON_NUMBER}`, 'gu'), joiner: /(?:['’]s)?(?:\s+[–—-])?\s+$/u },
  // Ballard's second season · Stranger Things' final season · Doctor Doctor’s second outing
  { keyword: new RegExp(String.raw`\b${ORDINAL}\s+(?:season|outing|instal?lment)\b`, 'gu'), joiner: /['’]s?\s+$/u },
  // the Bosch: Legacy spinoff · the Severance finale
  {
    keyword: /\b(?:spinoff|spin-off|prequel|reboot|revival|showrunner|(?:season |series )?finale|season premiere)\b/gu,
    joiner: /\s+$/u,
  },
  // the old All In the Family TV series · the Friends sitcom · the Neighbours soap opera
  { keyword: /\b(?:(?:TV|television)\s+(?:series|show|sitcom|drama|comedy|programme|program|serial)|sitcom|soap opera|soapie|telenovela)\b/gu, joiner: /\s+$/u },
  // Ballard S2 · Severance S02E05
  { keyword: /\bS\d{1,2}(?:E\d{1,2})?\b/gu, joiner: /\s+$/u },
  // Señora Acero (Seasons 1-5) – April 28th · The IT Crowd (Series 1-5) · Dark (Season 3): the seasons a listing offers
  { keyword: new RegExp(String.raw`\(${SEASONS}\)`, 'gu'), joiner: /\s+$/u },
  // Emmerdale spoilers · Succession recap · Chicago Fire star Taylor Kinney · the Glee alum
  {
    // "Chicago Fire star Taylor Kinney" names the show; "Mike Myers stars as" names a person; so do
    // "The Handmaid’s Tale director Daina Reid", "Rain Dogs auteur Cash Carraway", "Special Report anchor Brit Hume".
    keyword: /\b(?:spoilers|recap|recaps|review|contestant|contestants|presenter|host|fans|fandom|cast|episode|episodes|(?:star|stars|co-star|co-stars|lead|leads|director|writer|scribe|producer|actor|actors|actress|actresses|auteur|phenom|breakout|breakthrough|mastermind|narrator|composer|anchor|co-anchor)(?=[ \u00a0]+\p{Lu})|creator|co-creator|alum|alums|alumna|alumnus|showrunners?|writers'? room|viewers)\b/gu,
    joiner: /(?:['’]s?)?\s+$/u,
  },
  // the Jett star’s pregnancy · the Little Fires Everywhere actor divulged: "the" before the title says it
  // is one, so no name need follow
  { keyword: /\b(?:star|actor|actress|alum|creator|showrunner)(?:['’]s)?\b(?!\s+\p{Lu})/gu, joiner: /\s+$/u, afterThe: true },
  // a spinoff to the Mercy & Ike show (Ynaija, 2021): "the" before and "show" after frame the title; a
  // country's or an agency's initials are the show's subject ("the UK show", "the CIA show")
  { keyword: /\bshow\b(?!\s+(?:business|biz|runner|stopper|host|horse|pony|trial|room|case|piece|tune|of\s+(?:hands|force|support|strength|solidarity)))/gu, joiner: /\s+$/u, afterThe: true, notTitle: /^\p{Lu}{2,3}$/u },
  // For the People's cancellation · the Walking Dead's return
  { keyword: /\b(?:renewal|cancellation|cancelation|return|revival|comeback)\b/gu, joiner: /['’]s?\s+$/u },
  // Dave received renewal · Breeders earned an early renewal · Community was cancelled · Ted Lasso could be
  // renewed · Kitchen Confidential won't be picked up · Yellowjackets is expected to be renewed
  {
    keyword: new RegExp(
      String.raw`\b(?:(?:received|earned|got|gets|scored|landed|secured)\s+(?:a\s+|an\s+)?(?:early\s+|\w+-season\s+)?(?:renewal|pickup|order)|${RENEWAL_AUXILIARY}\s+(?:officially\s+|quietly\s+|also\s+)?(?:renewed|cancell?ed|axed|picked up|revived|ordered))\b`,
      'gu',
    ),
    joiner: /,?\s+$/u,
  },
  // The Bear is returning for a fourth season · Severance will return for a third season · Ted Lasso could be
  // back for a fourth season (a network's "renewed X for a Nth season" is a rule after the keyword)
  {
    keyword: new RegExp(
      String.raw`\b(?:(?:${RENEWAL_AUXILIARY}|is|are)\s+(?:returning|coming back|back|brought back)|(?:(?:will|would|could|might|may|should|won['’]t)\s+(?:not\s+)?|(?:is|are)\s+(?:set|expected|slated|due|poised|likely)\s+to\s+)?(?:return|returns|come back|comes back|be back))\s+for\s+(?:a|an|its|their)\s+${ORDINAL}\s+(?:and\s+(?:final|last)\s+)?season\b`,
      'gu',
    ),
    joiner: /\s+$/u,
  },
  // Thursday Night Football (6.0) was the second-highest-rated · both THE MICK (0.9) and BROOKLYN NINE-NINE (0.7)
  // were steady (a rating in brackets, where the sentence talks ratings)
  { keyword: /\(\d{1,2}\.\d\)(?=[^.\n]{0,120}?\b(?:rat(?:ed|ing|ings)|steady|viewers|demo|share|broadcast|primetime)\b)/gu, joiner: /\s+$/u },
  // The Gong Show is airing on ABC · Lost in Space will be rebooted on Netflix · The Tick will download on Amazon ·
  // A contemporary Dynasty is set for The CW (where a show airs; a column on reboots, 2017)
  {
    keyword: new RegExp(
      String.raw`\b(?:(?:is|are|was|were|will|will be|has been)\s+)?(?:airing|airs|streaming|streams|stream|air|set|headed|heading|moving|moves|rebooted|revived|download|downloading|debuting|launching|landing|lands)\s+(?:on|for|to|at)\s+${NETWORK}\b`,
      'gu',
    ),
    joiner: /\s+$/u,
  },
  // This Is Us (2016) and Only Murders in the Building (2021), and elements of those two shows: a year in brackets
  // where the sentence goes on to talk television (an actor's film credits have years too)
  // ("the films Guns of Diablo (1964), … and such TV shows as": not after films in the same sentence)
  {
    keyword: /\((?:19|20)\d\d\)(?<!\b(?:films?|movies?|features?|pictures?)\b[^!?\n]{0,300})(?=[^.!?\n]{0,160}?\b(?:shows?|series|TV|television|sitcoms?|seasons?|episodes?)\b)/gu,
    joiner: /\s+$/u,
  },
  // Severance led the 2025 Emmy nominations with 27 · The Studio racked up the most nominations · Succession
  // season 4 receiving 27 nominations (an awards report's tally; "Andrea Riseborough received nominations" is a person's)
  {
    keyword: /\b(?:led|leads|topped|tops|racked up|racks up|received|receiving|earned|earning|scored|landed|garnered|nabbed|picked up)\s+(?:the\s+)?(?:most\s+)?(?:(?:\d{1,2}|(?:19|20)\d\d)\s+)?(?:Emmy\s+|Golden Globe\s+|BAFTA\s+)?(?:nominations|nods)\b/gu,
    joiner: /(?:\s+(?:season|series)\s+\d{1,2})?\s+$/u,
    weakForPeople: true,
  },
  // Succession was created by British writer Jesse Armstrong · Severance was developed by Dan Erickson
  { keyword: /\s+(?:was|were)\s+(?:created|co-created|developed)\s+(?:for\s+(?:television|TV)\s+)?by\b/gu, joiner: /$/u },
  // Squid Game, which follows 456 debtors · BMF (Black Mafia Family) which follows two brothers (a show's premise;
  // a short aside between, as an acronym's expansion)
  { keyword: /,?\s+which\s+(?:follows|centres on|centers on|chronicles|tells the story)\b/gu, joiner: /(?:\s+\([^()\n]{2,40}\))?\s*$/u },
  // Succession ends its second season in chaos · Yellowjackets wraps its third season · The Bear kicks off its fourth season
  {
    keyword: new RegExp(String.raw`\b(?:ends|ended|wraps|wrapped|concludes|concluded|closes|closed|kicks off|kicked off|begins|began|starts|started|opens|opened|launches|launched)\s+(?:up\s+)?(?:its|their)\s+${ORDINAL}\s+(?:and\s+(?:final|last)\s+)?season\b`, 'gu'),
    joiner: /\s+$/u,
  },
  // Ordeal by Innocence, BBC One, review - Agatha Christie goes nuclear · Come Home, BBC One review (a review's heading)
  { keyword: new RegExp(String.raw`,\s+${NETWORK},?\s+(?:series\s+|season\s+)?(?:review|recap)\b`, 'gu'), joiner: /$/u },
  // MacGruber returns in a new Peacock series · Frasier returns as a Paramount+ revival
  { keyword: /\breturns\s+(?:in|as|with)\s+(?:a|an)\s+(?:new\s+)?(?:[\p{L}+-]+\s+){0,2}?(?:series|season|show|revival|reboot|special)\b/gu, joiner: /\s+$/u },
  // Parenthood's Jason Ritter and Togetherness's Melanie Lynskey · Severance’s Adam Scott: a show's actor, but
  // as often a person's relative or a company's chief, so only a hint
  // (a left quote for the apostrophe too, as some sites print it: "Survivor‘s Jeff Probst")
  { keyword: /['’‘]s\s+(?=\p{Lu}[\p{Ll}'’-]+\s+\p{Lu}[\p{Ll}'’-]+)/gu, joiner: /$/u, weak: true },
  // Hasmukh on Netflix · Mercy Street on PBS tonight: a title where it streams or airs; a person is "on" a
  // network too ("Ted Sarandos on Netflix's future"), and so is a day, so a name-shaped run is only a hint
  {
    keyword: new RegExp(String.raw`\s+on\s+${NETWORK}(?![\p{L}+'’])`, 'gu'),
    joiner: /$/u,
    weakForNames: true,
    // A slot, a date or a time zone is on a network too ("Tuesday 22nd August at 10pm on Channel 5", "Game 5 of
    // the World Series on Fox", "9 p.m. CST on NBC"), and so is a sentence's opening ("At 3pm on BBC One", "They’re on Netflix").
    notTitle: new RegExp(
      String.raw`^(?:At|On|In|Off|Now|Available|Exclusively|Only|Also|Coming|Premiering|Airing|Live|They|They['’]re|It|It['’]s|This|That|What)\b|^(?:[ECMP][SD]T|[ECMP]T|GMT|BST)$|\d\s*[ap]\.?m\b|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH_CAPITALISED}\b|\b${MONTH_CAPITALISED}\s+\d|\b(?:Season|Series|Game|Episode|Part)\s+\d{1,2}\s+of\b|:\s+The\s+Movie$`,
      'u',
    ),
  },
  // Hannibal = Cancelled · The Good Wife – renewed (listicle verdicts)
  { keyword: /[=–—:]\s*(?:[Rr]enewed|RENEWED|[Cc]ancell?ed|CANCELL?ED|[Ee]nded|ENDED|[Aa]xed|[Rr]eturning|[Ee]xpanded|[Uu]ndecided|[Ss]aved|[Rr]evived)\b/gu, joiner: /\s*$/u },
  // The Simpsons fell 14% to a 3.7 · Family Guy rose 5% to 4.5 (a ratings report's figures)
  {
    // THE MAYOR premiered at 1.2 · BULL slipped 0.1 to 1.2 · NCIS: NEW ORLEANS was steady at 1.0 (a demo rating's points, Showbuzz Daily, 2017)
    keyword: /\b(?:(?:fell|dropped|dipped|slipped|sank|slid|shed|lost|declined|rose|climbed|grew|gained|added|jumped|improved|ticked (?:up|down)|was (?:up|down))\s+(?:by\s+)?(?:\d{1,3}(?:\.\d)?%|0\.\d|half a point|a tenth)(?:\s+(?:from|vs\.?)\s+[^,;.]{0,40}?)?\s+to\s+(?:a\s+)?\d{1,2}\.\d|(?:premiered|debuted|opened|started|returned|(?:held|stayed|was) (?:steady|flat|even))\s+(?:at|with)\s+(?:a\s+)?\d\.\d)\b/gu,
    joiner: /\s+$/u,
  },
  // The Village (NBC) · Severance (Apple TV+) · Shameless (10pm, Showtime), as a listings guide writes it;
  // Caesar’s Hour (NBC, Three seasons, …), as a history of television does
  { keyword: new RegExp(String.raw`\((?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?,\s*)?${NETWORK}(?:\)|[,;]\s)`, 'gu'), joiner: /\s+$/u },
  // Invasion saw 16.4 million viewers · Joanna Lumley’s Nile pulled in a slightly lower 4.2 million average viewers ·
  // The Block had 1.518 million national viewers · Utopia managed 963,000 national viewers
  {
    keyword: new RegExp(
      String.raw`\b(?:saw|drew|attracted|averaged|pulled in|picked up|delivered|brought in|was watched by|was able to attract|grabbed|secured|had|managed|notched|posted|scored)\s+(?:an?\s+)?(?:\p{Ll}+\s+){0,3}?${AUDIENCE}\s+(?:\p{Ll}+\s+){0,2}?(?:viewers|audience)\b`,
      'gu',
    ),
    joiner: /(?:\s+with\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)?\s+$/u,
  },
  // Seven News was tops with 581,000 · Home and Away was third with 449,000 (a ratings report's ranking)
  {
    keyword: new RegExp(String.raw`\bwas\s+(?:tops|top|first|second|third|fourth|fifth|\d(?:st|nd|rd|th)|No\.\s?\d|number (?:one|two|three))\s+with\s+${AUDIENCE}`, 'gu'),
    joiner: /\s+$/u,
  },
  // followed by The Block with 490,000, then Home and Away with 449,000 · and Offspring 784,000 · Nine News
  // averaged 1.16m (a ratings report's run of shows and audiences; a count of other things says what it counts)
  {
    keyword: new RegExp(
      String.raw`(?:with\s+)?(?:\d+\.\d+\s*-?\s*(?:million|m)|\d{1,3}(?:,\d{3})+)(?![\d,.]*\d)(?!\s+(?:people|residents|fans|followers|subscribers|members|copies|tickets|votes|signatures|households|homes|users|downloads|streams|hours|minutes|words|pages|dollars|euros|pounds|acres|miles|km|kilometres|kilometers)\b)`,
      'gu',
    ),
    // "Nine News averaged 1.16m", "Seven News won with 1.4m" (TV Tonight, 2024): a ratings verb between.
    // "Frozen Planet pulls in 4.6m", "Strictly returns with 6.8m" (Broadcast's ratings headlines, 2022).
    // "Generations: The Legacy with 4.7-million", "House of Zwide is sitting on 4.9-million", "The Black Door, has
    // 2.58-million" (SowetanLIVE, 2022): a hyphen in the figure, and the verbs of a monthly roundup.
    joiner: /(?:,?\s+(?:averaged|averages|won|wins|drew|draws|led|leads|topped|tops|managed|manages|pulled(?: in)?|pulls(?: in)?|scored|scores|rated|rates|attracted|attracts|returned|returns|opened|opens|launched|launches|debuted|debuts|peaked|peaks|has|had|on|(?:is\s+)?(?:still\s+)?sitting\s+(?:on|at)|sits\s+(?:on|at))(?: at)?)?\s+$/u,
  },
  // Gomora tops the list of all shows · Squid Game topped Netflix's Top 10 · Uzalo leads the ratings (a chart of
  // shows; "tops the charts" alone is a song's)
  {
    keyword: new RegExp(
      String.raw`\s+(?:tops|topped|leads|led|heads|headed)\s+(?:the\s+)?(?:ratings\b|(?:list|charts?)\s+of\s+(?:all\s+)?(?:the\s+)?(?:shows|series|programmes|programs)\b|(?:${NETWORK}['’]s?\s+)?(?:streaming\s+)?[Tt]op\s+(?:10|Ten)\b)`,
      'gu',
    ),
    joiner: /$/u,
  },
  // Timeless, a time-travel drama about… · The Secrets of Hillsong, a docuseries investigating… · Class of ’09, an FBI thriller
  {
    keyword: new RegExp(String.raw`,\s+(?:a|an)\s+(?:${KIND_MODIFIER},?\s+){0,3}?${KIND_NOUN}\b${NOT_A_PERSON_AFTER}`, 'gu'),
    joiner: /\s*$/u,
  },
  // Maid is a gritty drama about… · The Clearing is a new Hulu thriller starring… · Hard Sun was a BBC drama (a title defined)
  {
    keyword: new RegExp(String.raw`[ \u00a0]+(?:is|was)\s+(?:a|an)\s+(?:${KIND_MODIFIER},?\s+){0,4}?${KIND_NOUN}\b${NOT_A_PERSON_AFTER}`, 'gu'),
    joiner: /$/u,
  },
  // Moonlight, the upcoming CBS crime drama · Timeless, the cancelled NBC series: "the" needs a network or a
  // word of the schedule before the noun ("Chicago, the comedy capital" is no show)
  {
    keyword: new RegExp(
      String.raw`,\s+the\s+(?:[\p{Ll}-]+\s+){0,2}?(?:(?:${NETWORK}|upcoming|new|hit|returning|long-running|acclaimed|beloved|cancell?ed|axed|forthcoming|short-lived)\s+)(?:[\p{Ll}-]+\s+){0,2}?(?:series|docuseries|drama|comedy|sitcom|miniseries|thriller|dramedy|procedural|anthology|soap|reality show|game show|talk show)\b`,
      'gu',
    ),
    joiner: /\s*$/u,
  },
  // Blue Eye Samurai, which premiered in November · Grace & Frankie, which reached seven seasons · The Bear returns June 26 · Ted Lasso premieres on Apple TV+ ·
  // The Americas will premiere February 23 · Shrinking debuted on Apple TV+ ·
  // Yellowjackets returns for a fourth season
  {
    keyword: new RegExp(
      String.raw`(?:,\s+which\s+(?:premiered|premieres|debuted|debuts|aired|airs|streams|returns|returned|wrapped|concluded|ended|ran|runs|was (?:cancell?ed|axed|renewed)|(?:reached|lasted|spanned|ran for)\s+(?:\w+\s+){0,2}(?:seasons|series|episodes)\b)|\b(?:premieres|debuts|returns|airs|(?:will|is set to|is slated to|is scheduled to)\s+(?:premiere|debut)|premiered|debuted)(?=\s+(?:on|this|next|tonight|today|tomorrow|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d)\b|\s+for\s+(?:a|an|its|their)\s+${ORDINAL}\s+season\b))`,
      'gu',
    ),
    joiner: /\s*$/u,
  },
];


const WORD_ONLY = new RegExp(String.raw`^${WORD}$`, 'u');
/** A year cut short, a title's word after its first ("Class of ’09"). */
const SHORT_YEAR = /^['’]\d\d$/u;
const CONNECTOR_ONLY = new RegExp(String.raw`^${CONNECTOR}$`, 'u');
const MAX_TITLE_WORDS = 8;

/**
 * The title that ends right where `text` ends, read backwards word by word: capitalised words,
 * with connectors only between them. Linear in the words read; never more than eight title words.
 */
function titleEndingAt(text: string): { title: string; start: number } | null {
  const words = text.split(/[ \u00a0]/u);
  let first = -1;
  let titleWords = 0;
  for (let i = words.length - 1; i >= 0 && titleWords < MAX_TITLE_WORDS; i--) {
    const word = words[i]!;
    if (WORD_ONLY.test(word) || (SHORT_YEAR.test(word) && i > 0)) {
      first = i;
      titleWords++;
    } else if (first < 0 || !CONNECTOR_ONLY.test(word)) break;
    // "Dietland season 3 and Severance season 4": a list of titles, not one title "3 and Severance".
    else if (/^(?:and|or|&)$/u.test(word) && /^\d+[,.]?$/u.test(words[i - 1] ?? '')) break;
  }
  if (first < 0 || SHORT_YEAR.test(words[first]!)) return null;
  const title = words.slice(first).join(' ');
  return { title, start: text.length - title.length };
}

/**
 * The part of a rule before its title (or its network, or its kind of show), as a rule of its own
 * ("\\btitled\\s+" of "\\btitled\\s+TITLE"), or null when that part is no whole pattern. A fresh
 * worker compiles each rule on first use, and a rule that embeds one of those long patterns costs some
 * milliseconds to compile: one whose keyword is nowhere in the text need never be compiled at all.
 */
export function keywordPart(rule: RegExp): RegExp | null {
  const at = Math.min(...[TITLE, KIND_MODIFIER, ONE_NETWORK].map((part) => rule.source.indexOf(part)).filter((i) => i > 0));
  if (!Number.isFinite(at)) return null;
  // The groups the long part opens: "(", "(?:", an optional quote before it.
  const before = rule.source.slice(0, at).replace(/(?:\((?:\?:)?|\[[^\]]*\]\??)+$/u, '');
  if (!before) return null;
  try {
    return new RegExp(before, rule.flags.replace('g', ''));
  } catch {
    return null; // the long part sits inside a group: no prefix of its own
  }
}
const keywordParts = new WeakMap<RegExp, RegExp | null>();
/** `text.matchAll(rule)`, or nothing when the rule's keyword part is nowhere in the text (so the rule is never compiled). */
function matchesOf(rule: RegExp, text: string): Iterable<RegExpExecArray> {
  let part = keywordParts.get(rule);
  if (part === undefined) keywordParts.set(rule, (part = keywordPart(rule)));
  return !part || part.test(text) ? text.matchAll(rule) : [];
}

/** Rules whose keyword comes first; a literal start keeps them cheap as plain regexes. */
/** "the end of Succession and Ted Lasso": a work's end, not a month's, a year's, a season's or a war's. */
const END_OF_A_WORK = String.raw`end(?=\s+of\s+(?!(?:${MONTH_CAPITALISED}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Season|Series|Act|Part|Chapter|Episode|Volume|Book|World\s+War|Term|Year|Summer|Winter|Spring|Autumn|Fall)\b|\d))`;

const TITLE_AFTER_KEYWORD: readonly RegExp[] = [
  // season 3 of Twin Peaks · season 2 premiere of The End of the F***ing World
  new RegExp(String.raw`\b[Ss]eason\s+${SEASON_NUMBER}\s+(?:premiere\s+|finale\s+|episodes?\s+)?of\s+(${TITLE})`, 'gu'),
  // the second season of Only Murders in the Building · the cast of Friends · fans of Ted Lasso ·
  // the pilot episode of Lost · the creator of Yellowjackets · the return of Succession · the un-cancellation of Timeless ·
  // from the makers of Peep Show · its re-do of One Day at a Time
  new RegExp(
    String.raw`\b(?:${ORDINAL}\s+(?:season|series|episode|seasons|episodes)|(?:[Pp]ilot\s+)?[Ee]pisodes?|[Ss]easons|[Pp]ilot|[Ff]inales?|[Pp]remieres?|[Cc]ast|[Cc]reators?|[Cc]o-creator|[Ff]rom\s+the\s+makers|[Ss]howrunners?|[Ss]tars?|[Cc]o-stars?|[Ff]ans|[Rr]eboot|[Rr]evival|[Rr]emake|[Rr]e-?do|[Ss]pinoff|[Ss]pin-off|[Pp]requel|(?:[Tt]he|[Aa])\s+(?:return|renewal|(?:un-?)?cancell?ation|comeback|${END_OF_A_WORK}))\s+(?:\([^()\n]{1,40}\)\s+)?of\s+(${TITLE})`,
    'gu',
  ),
  // took the Best Actor in a Comedy TV Series for Ted Lasso · Outstanding Lead Actress in a Drama Series for Killing Eve
  // (a television category, then the work; a film's category names a film)
  new RegExp(
    String.raw`\b(?:Best|Outstanding|Favou?rite)\s+(?:[\p{L}'’-]+\s+){0,6}?(?:Series|TV|Television|Miniseries|Serial|Sitcom|Soap)(?:[\s,–—-]+(?:Musical|Comedy|Drama|or|Limited|Series|Movie|Anthology)){0,4}\s+for\s+(${TITLE})`,
    'gu',
  ),
  // a Primetime Emmy for her role in Mike White's The White Lotus · won an Emmy for Succession · Emmy nominations for
  // Severance (the Emmys are television's awards, so what they are for is a show; the Oscars' may be a film)
  new RegExp(
    String.raw`\bEmmys?(?:\s+(?:[Aa]wards?|nominations?|nods?|wins?))?\s+for\s+(?:(?:his|her|their)\s+(?:\p{Ll}+\s+)?(?:role|roles|turn|part|work|performance)\s+(?:in|on)\s+)?(?!(?:Outstanding|Best|Lead|Leading|Supporting|Guest|Individual|Directing|Writing|Cinematography)\b)(${TITLE})`,
    'gu',
  ),
  // Numbers for The Great Canadian Baking Show have fallen · the ratings for Succession (a ratings report's subject)
  new RegExp(String.raw`\b(?:[Rr]atings|[Nn]umbers|[Vv]iewership|[Aa]udiences?|[Vv]iewers)\s+for\s+(${TITLE})`, 'gu'),
  // followed up Lopez vs. Lopez at 8:30 · then Home and Away at 7pm (a network's schedule, TV Source Magazine, 2024)
  new RegExp(String.raw`\b(?:[Ff]ollowed\s+(?:up\s+|by\s+)?|[Tt]hen\s+|[Ll]ed\s+(?:in|out)\s+by\s+)(${TITLE})\s+at\s+${SLOT}`, 'gu'),
  // from the team behind Horrible Histories and Yonderland · the minds behind Broad City
  new RegExp(String.raw`\b[Tt]he\s+(?:team|people|minds|brains|duo|trio|writers|creators|producers)\s+behind\s+(${TITLE})`, 'gu'),
  // AMC's series "The Walking Dead"
  // (on the same line: a heading "…comedy programme" and the next line's "Person – Show" are no title)
  new RegExp(String.raw`\b${SHOW_NOUN}[ \u00a0]+${QUOTED}`, 'gu'),
  // the anthology series What We Do in the Shadows · a spin-off series entitled American Horror Stories
  new RegExp(String.raw`\b${SHOW_NOUN}[ \u00a0]+${CALLED}(${TITLE})`, 'gu'),
  // the evening news show, Tagesschau, · the BBC's new drama, Bodies. (a show noun, then the title in commas)
  // two new telenovelas, Dilemma and Venge, which premiere · two additional series, The Rishantes and Movement (Japa),
  // two new shows based on movies, Limitless and Minority Report (a short lowercase phrase after the noun)
  // the illusionist FBI drama, Deception, from · The only comedy of the bunch, The Good Place, featuring
  new RegExp(String.raw`\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]|[Aa]n|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]everal|[Bb]oth)\s+(?:(?:[\p{Ll}-]+|\p{Lu}{2,5}|${NETWORK}(?:['’]s)?)\s+){0,3}${SHOW_NOUN}(?:\s+(?:based on|adapted from|set in|about)(?:\s+[\p{Ll}-]+){1,3}|\s+of\s+the\s+(?:bunch|lot|year|season|night|week|pack|group))?,\s+(${TITLE})(?=[,.;:!?]|\s+\(|\s+(?:is|was|has|had|which|who|airs|aired)\b)`, 'gu'),
  // Monday, 27 March, 9.00pm: Blue Lights | BBC One (a listings guide)
  new RegExp(String.raw`\b${CLOCK}\s*[:–—-]\s+(${TITLE})(?=\s*[|,–—(]\s*${NETWORK})`, 'gu'),
  // Now in its seventh season, Friends might… · Entering its final season, The Crown… (the subject after the phrase)
  new RegExp(String.raw`(?:^|\n|[.!?]["”’]?\s+)(?:[Nn]ow\s+)?(?:[Ii]n|[Ee]ntering|[Hh]eading into|[Ss]tarting)\s+its\s+${ORDINAL}\s+(?:and\s+(?:final|last)\s+)?season,\s+(${TITLE})`, 'gu'),
  // Seven’s Seven Year Switch has been dying · Nine’s Married at First Sight (an Australian network by its bare name)
  new RegExp(String.raw`\b(?:Nine|Seven|Ten)['’]s\s+(${TITLE})`, 'gu'),
  // a drama guest actress nod for The Handmaid's Tale · a comedy series nomination for Barry (a television category's nod)
  new RegExp(String.raw`\b(?:drama|comedy|series|TV|television|Emmy|guest|limited series)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:nod|nods|nomination|nominations|win)\s+for\s+(${TITLE})`, 'gu'),
  // Titled Fightland, the show focuses on… · Called Mayfair, the drama follows… (the name, then what it is)
  new RegExp(String.raw`(?:^|\n|[.!?]["”’]?\s+)(?:[Tt]itled|[Cc]alled|[Dd]ubbed|[Ee]ntitled)\s+[“"‘']?(${TITLE})[”"’']?,\s+(?:the|this)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:show|series|drama|comedy|sitcom|miniseries|docuseries|thriller|project)\b`, 'gu'),
  // Like Friends, the hour-long series is chugging through its seventh season
  new RegExp(String.raw`\b[Ll]ike\s+(${TITLE}),\s+(?:the|this|that)\s+(?:[\p{Ll}-]+\s+){0,2}?(?:series|show|sitcom|drama|comedy|miniseries|soap)\b`, 'gu'),
  // The other Hulu original series of note this month is The Clearing · My favourite show is Succession
  new RegExp(String.raw`\b(?:show|series|drama|comedy|sitcom|miniseries|docuseries)(?:[ \u00a0]+\p{Ll}+){0,5}[ \u00a0]+(?:is|was)[ \u00a0]+(${TITLE})`, 'gu'),
  // Next week on Neighbours · everything coming up on Neighbours next week · tonight on Coronation Street
  new RegExp(String.raw`\b(?:[Nn]ext week|[Tt]his week|[Ll]ast week|[Tt]onight|[Ll]ast night|[Cc]oming up|[Pp]reviously|[Ll]ater this week)\s+on\s+(${TITLE})`, 'gu'),
  // We all know Vartan from Alias · best known for Peaky Blinders · best known for her role on Girls
  new RegExp(String.raw`\b(?:know\s+(?:him|her|them|\p{Lu}[\p{L}'’-]+)\s+from|(?:best|better|widely)\s+known\s+(?:for|from)(?:\s+(?:his|her|their)\s+(?:\p{Ll}+\s+)?(?:role|roles|turn|part|work)\s+(?:in|on|as\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s+(?:in|on)))?)\s+(${TITLE})`, 'gu'),
  // the TV adaptation of The Last of Us · a television adaptation of Shōgun
  new RegExp(String.raw`\b(?:TV|television|series)\s+adaptation\s+of\s+(${TITLE})`, 'gu'),
  // leading many to compare it to Lost · comparisons to The Wire · a cross between Fargo and… (a reviewer's yardstick)
  new RegExp(String.raw`\b(?:compar(?:e|es|ed|ing)\s+(?:it|them|this|the show|the series)\s+to|comparisons?\s+(?:to|with)|likened\s+to|in the vein of|a cross between)\s+[“"‘']?(${TITLE})`, 'gu'),
  // revealed on Hollywood Today Live · said on Good Morning America (talk shows)
  new RegExp(String.raw`\b(?:revealed|announced|confirmed|admitted|joked|explained|spoke|opened up|appeared|guested)\s+on\s+(${TITLE})`, 'gu'),
  // Cancelled: 'Valor' · RENEWED: Dynasty · Ending: The Magicians (Syfy) · On the bubble: Quantico (listicle verdicts)
  new RegExp(String.raw`(?:^|\n|[.!?]\s+)(?:[Rr]enewed|RENEWED|[Cc]ancell?ed|CANCELL?ED|[Ee]nded|ENDED|[Ee]nding|ENDING|[Aa]xed|AXED|[Rr]eturning|[Nn]ew|NEW|[Pp]icked [Uu]p|[Oo]rdered|[Rr]evived|[Oo]n the [Bb]ubble|ON THE BUBBLE|[Ff]inal [Ss]eason)\s*[:–—]\s*[‘'"“]?(${TITLE})`, 'gu'),
  // Death in the Dorms, Season 2 · Orange Is the New Black, Season 2 — The only reason… (a streaming guide's entry,
  // heading its line)
  new RegExp(String.raw`(?:^|\n)(${TITLE}),[ \u00a0]+${SEASON_WORD}[ \u00a0]+${SEASON_NUMBER}(?=[ \u00a0]*(?:\n|$|[–—-][ \u00a0]|:))`, 'gu'),
  // First up is Dr. Stone · Next up: Severance (a listicle's entries)
  new RegExp(String.raw`\b(?:First|Next|Last|Second|Third|Fourth|Fifth)\s+up(?:\s+is|\s+we\s+have|:|,)\s+[‘'"“]?(${TITLE})`, 'gu'),
  // Best: The Good Place · Worst: Younger · Honorable Mention: Aqua Teen Hunger Force (a poll's answers, a ranking)
  // Pick of the day: Better · Editor's pick: Slow Horses (a TV guide's choice, the i, 2024)
  new RegExp(String.raw`(?:^|\n)(?:[Bb]est|BEST|[Ww]orst|WORST|[Ff]avou?rite|[Hh]onou?rable [Mm]ention|[Rr]unners?[- ]up|[Pp]ick of the (?:[Dd]ay|[Ww]eek|[Nn]ight)|PICK OF THE (?:DAY|WEEK)|[Ee]ditor['’]s [Pp]ick|[Cc]ritic['’]s [Cc]hoice|[Oo]ur [Pp]ick|[Tt]op [Pp]ick)(?:\s+(?:show|series|finale|ending|drama|comedy|sitcom))?\s*[:–—]\s*[‘'"“]?(${TITLE})`, 'gu'),
  // who created Enlightened · co-created Yellowjackets · developed Shōgun for FX
  new RegExp(String.raw`\b(?:created|co-created|developed|showran|showrunning)\s+(?:the\s+(?:hit\s+)?${SHOW_NOUN}\s+)?(${TITLE})`, 'gu'),
  // a show in the early ‘70s called TURN ON · a comedy on the NBC schedule called Snip · her own spinoff
  // sitcom out of it, simply called Maude
  new RegExp(String.raw`\b(?:a|an|the|own|its|his|her|their)\s+(?:\p{Ll}+\s+)?${SHOW_NOUN}\b[^.!?;\n]{0,60}?\b(?:called|titled|entitled|named)\s+(${TITLE})`, 'gu'),
  // the first continental winner of the Big Brother Africa · a contestant on The Voice · housemates of Big Brother
  new RegExp(String.raw`\b(?:winner|winners|contestant|contestants|housemate|housemates|finalist|finalists)\s+(?:of|on)\s+(?:the\s+)?(${TITLE})`, 'gu'),
  // her role as Kendall Roy in Succession · he played Walter White on Breaking Bad: a character, then the work
  // ("played Hamlet in London" is a stage: only a role's "in" counts, and a show is "on")
  new RegExp(String.raw`\b(?:(?:role|roles|starred|stars|starring)\s+as\s+${CHARACTER}\s+(?:on|in)|(?:played|plays|playing|portrayed|portrays|portrayal\s+of)\s+${CHARACTER}\s+on)\s+(${TITLE})`, 'gu'),
  // she starred on Grey's Anatomy · a recurring role on Bridgerton (a show is "on"; a film is "in")
  new RegExp(String.raw`\b(?:starred|starring|stars|appeared|appearing|appears|guest-starred|roles?|stint|turn)\s+on\s+(${TITLE})`, 'gu'),
  // NBC renewed Community for a sixth season · FX cancelled Dave after two seasons
  // CBC renews Schitt’s Creek and Murdoch Mysteries, picks up Kim’s Convenience (the network's verbs coordinated)
  new RegExp(String.raw`,\s+(?:and\s+)?(?:renews|renewed|picks up|picked up|orders|ordered|cancels|cancell?ed|axes|axed|greenlights|greenlit)\s+(${TITLE})`, 'gu'),
  // followed by The Block with 490,000 · then Home and Away with 449,000 (a ratings report's ranking)
  new RegExp(String.raw`\b(?:[Ff]ollowed by|then|ahead of|behind|beating|pipping)\s+(${TITLE})\s+with\s+${AUDIENCE}`, 'gu'),
  // AMC recently green-lit All-Star Celebrity Bowling, which… (a clause after the title ends it too)
  new RegExp(String.raw`\b(?:renew(?:ed|s|ing)?|cancell?(?:ed|s|ing)?|axed|picked up|revived|greenlit|green-lit|greenlighted|green-lighted)\s+(${TITLE})(?:\s+(?:for|through|after|with|to|in|from)\b|,\s+(?:which|who|a|an|the)\b)`, 'gu'),
];

/**
 * Rules that start with a network's name: one scan finds every network on the page, then each rule is
 * tried right there (sticky), instead of each rule scanning the page for the networks itself.
 */
const NETWORK_START = new RegExp(String.raw`\b${NETWORK}`, 'gu');
const NETWORK_LED: readonly RegExp[] = [
  // Netflix's Wednesday · HBO's drama Succession · Prime Video’s gorgeous Rings of Power
  // (read in a lookahead, so "HBO's The Last of Us to Apple TV+'s Silo" leaves the second for the next match)
  new RegExp(String.raw`${NETWORK}['’]s?\s+(?=(?:(?:new|hit|original|acclaimed|critically acclaimed|award-winning|beloved|popular|long-running|returning|flagship|smash|breakout|cult|upcoming|forthcoming|latest|short-lived|cancell?ed|axed|underrated|ill-fated|defunct|rebooted|revived|gorgeous|brilliant|excellent|superb|stunning|ambitious|expensive|epic|sprawling|lavish|gritty|prestige|big-budget|addictive|celebrated|buzzy|own|massive|huge|biggest)\s+)*(?:${SHOW_NOUN}\s+)?(?:[“"‘']([^“”"‘’'\n]{2,60})[”"’']|(${TITLE})))`, 'uy'),
  // the NBC series Community · recent ITV hit Litvinenko · the Netflix thriller Bodies
  // (a few words between: "BBC One terror hit Bodyguard", "Sky sleeper hit Save Me", "BBC/Amazon co-pro Informer")
  new RegExp(String.raw`${NETWORK}\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}(?:${SHOW_NOUN}|co-pro|co-production)\s+(${TITLE})`, 'uy'),
  // SABC2’s Afrikaans soapie 7de Laan · Mzansi Magic’s cancelled telenovela Gomora · Star Jalsha's Bengali
  // series, Ishti Kutum: a few words of any kind between the possessive and the show noun
  new RegExp(String.raw`${NETWORK}['’]s?\s+(?:[\p{L}-]+\s+){1,3}?${SHOW_NOUN},?\s+(${TITLE})`, 'uy'),
  // the hit HBO adaptation of The Last Of Us · the Netflix adaptation of One Piece (the show bears the work's name)
  new RegExp(String.raw`${NETWORK}\s+(?:series\s+|TV\s+)?adaptation\s+of\s+(${TITLE})`, 'uy'),
  // an NBC Miami Vice return · a Netflix Gilmore Girls revival (the network's own comeback of a show)
  new RegExp(String.raw`${NETWORK}\s+(${TITLE})\s+(?:return|revival|reboot|remake|spinoff|spin-off|prequel)\b`, 'uy'),
  // CBC renews Schitt’s Creek and Murdoch Mysteries · ITV has axed Benidorm (the network is the subject)
  // Netflix are rebooting Unsolved Mysteries · HBO is reviving Deadwood
  // Amazon gave Homecoming a two-season order · Netflix handed Wednesday an early renewal
  new RegExp(String.raw`${NETWORK}\s+(?:has\s+|have\s+)?(?:gave|gives|given|handed|hands)\s+(${TITLE})\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:order|renewal|pickup|season|series order)\b`, 'uy'),
  // Univision also premiered Maite Perroni's La Gata · HBO launched The Last of Us (released, dropped and aired are films' and episodes' too)
  new RegExp(String.raw`${NETWORK}\s+(?:has\s+|have\s+|also\s+)?(?:premiered|premieres|launched|launches|debuted|debuts|unveiled|unveils)\s+(${TITLE})`, 'uy'),
  new RegExp(String.raw`${NETWORK}\s+(?:has\s+|have\s+|is\s+|are\s+)?(?:renew(?:ed|s|ing)|cancell?(?:ed|s|ing)|ax(?:e[ds]|ing)|order(?:ed|s|ing)|reviv(?:e[ds]|ing)|reboot(?:ed|s|ing)|greenlights|greenlit|picks up|picked up|picking up)\s+(${TITLE})`, 'uy'),
];

const KINDS_FROM_TO = new RegExp(
  String.raw`\b(?:shows|series|comedies|dramas|sitcoms|soaps|thrillers|procedurals|programmes|programs|miniseries|docuseries),?\s+(?:ranging\s+)?from\s+(${TITLE})\s+to\s+(${TITLE})`,
  'gu',
);

/** The words of a run up to its first sentence end: "on The Pitt. It’s Wyle’s first" is "The Pitt." ("Mr. Robot" stays whole). */
function firstSentence(run: string): string {
  const words = run.split(' ');
  const end = words.findIndex((w, i) => i < words.length - 1 && /[.!?]$/u.test(w) && !ABBREVIATIONS.test(w));
  return end < 0 ? run : words.slice(0, end + 1).join(' ');
}

/** "The White Lotus (23)": a title and its count of nominations, as an awards report lists them. */
const COUNT = /[ \u00a0]\(\s?\d{1,3}\)/gu;
const COUNT_JOINER = /^,\s+(?:and\s+)?$/u;

/**
 * "double-digit nominations by The Penguin ( 24), The White Lotus (23), The Last of Us (16), Hacks (14), and The
 * Pitt (13)" (Digital Trends, 2025): three titles or more, each with its count, in a sentence about awards.
 */
function* countedNominees(text: string): Generator<[number, string]> {
  let run: Array<[number, string]> = [];
  let runEnd = -1;
  const flush = function* (): Generator<[number, string]> {
    if (run.length >= 3 && AWARD_WORDS.test(text.slice(sentenceStart(text, run[0]![0]), run[0]![0]))) yield* run;
    run = [];
  };
  for (const match of text.matchAll(COUNT)) {
    const [windowStart, window] = lookbackWindow(text, match.index);
    const before = titleEndingAt(window);
    const title = before && cleanCandidate(before.title, true);
    const at = before ? windowStart + before.start : -1;
    if (run.length && !(title && COUNT_JOINER.test(text.slice(runEnd, at)))) yield* flush();
    if (title) run.push([at, title]);
    runEnd = match.index + match[0].length;
  }
  yield* flush();
}

/** "Name (Title)" or "Name (“Title,” “Other Title”)": a person's credits, right after the person. */
const CREDITS = /\s\(([^()\n]{1,320})\)/gu;
const CREDIT_FROM = /^from\s+(?:the\s+(?=\p{Lu}))?/u;
const CREDIT_ITEM = /^[“"‘]?[\p{Lu}\p{Nd}][^()\n]{0,60}?[”"’]?$/u;
/** The credits follow a name: a capitalised word right before the parenthesis. */
const NAME_BEFORE = /\p{Lu}[\p{L}'’.-]+$/u;
/** Two or three capitalised words with no connector, or a name and an initial: "Noah Bean", "Maggie Q". */
const PERSON_SHAPED = /^(?!(?:The|A|An)\s)\p{Lu}[\p{Ll}'’-]+(?:\s\p{Lu}\.?)?(?:\s\p{Lu}[\p{Ll}'’-]+){0,2}$/u;
/** "Colin Firth and Andrea Riseborough": each side a first name and a surname. */
export function namesPeople(run: string): boolean {
  const sides = run.split(/\s+and\s+/u);
  return sides.length > 1 && sides.every((side) => side.includes(' ') && PERSON_SHAPED.test(side));
}
/** Parentheses after a name that are not credits: networks, initials, places, roles. */
const NOT_CREDITS = /^(?:\d{1,4}s?|[A-Z]{1,2}|[LR]|TV|US|UK|Jr|Sr|D|R|I|ABC|NBC|CBS|FOX|Fox|HBO|AMC|FX|CW|The CW|BBC|ITV|Netflix|Hulu|Global|Global TV|pictured|left|right|center|centre|above|below|top|bottom)\.?$/u;

/** A casting verb right after credits: "(Scream) will play Jimmy", "(Wrecked) has been cast as", "(Atlanta) joins", "(Truth Be Told) is stepping into the role". */
const CASTING_AFTER = /^,?\s+(?:will\s+(?:play|portray|recur|guest|star|co-star|step into|take over)|(?:is|has been)\s+(?:set\s+to\s+(?:play|star)|cast|tapped|added|stepping into|taking over)|(?:joins|joined|plays|portrays|recurs|steps into|takes over)\b)/u;

/** " for Criminal Justice" after a person of two or three names ("Matthew Macfadyen"), in an awards sentence. */
const FOR_TITLE = / for (?=[\p{Lu}\p{Nd}])/gu;
const TITLE_HERE = new RegExp(TITLE, 'uy');
const AND_PERSON = new RegExp(String.raw` and ${PERSON_NAME}$`, 'u');
const PERSON_BEFORE_FOR = new RegExp(String.raw`(?:^|[\s,(])${PERSON_NAME}$`, 'u');
const AWARD_WORDS = /\b(?:[Nn]ominees?|[Nn]ominated|[Nn]ominations?|[Nn]ods?|[Aa]wards?|BAFTAs?|Emmys?|Globes?|[Pp]rizes?|[Ww]on|[Ww]ins|[Ww]inners?|[Cc]ontenders?)\b/u;
const FROM_TITLE = / from (?=[\p{Lu}\p{Nd}])/gu;
/** A cast line's words: "Who’s in it?: Morgan Spector from Person of Interest", "starring Jane Doe from Lost". */
const CAST_WORDS = /\b(?:[Ww]ho['’]s in it|[Ss]tars|[Ss]tarring|[Cc]ast)\b/u;
/**
 * "Person for Title", "Person from Title": the work after a person's name, where the sentence so far has
 * `sentenceWords` (awards, a cast). Each at its title's place.
 */
function worksAfterPeople(text: string, link: RegExp, linkWord: string, sentenceWords: RegExp): Array<[number, string]> {
  const works: Array<[number, string]> = [];
  for (const match of text.matchAll(link)) {
    if (!PERSON_BEFORE_FOR.test(text.slice(Math.max(0, match.index - 40), match.index))) continue;
    if (!sentenceWords.test(text.slice(sentenceStart(text, match.index), match.index))) continue;
    TITLE_HERE.lastIndex = match.index + match[0].length;
    // "Small Island and Matthew Macfadyen for Criminal Justice": the run stops where the next pair starts.
    const run = TITLE_HERE.exec(text)?.[0].split(linkWord, 1)[0]!.replace(AND_PERSON, '');
    const title = run && cleanCandidate(run, true);
    if (title) works.push([match.index + match[0].length, title]);
  }
  return works;
}
/** "(Jeremy Piven, Entourage)": a person of two or three names, then a work. */
const PERSON_AND_WORK = new RegExp(String.raw`\((${PERSON_NAME}),\s+([^()\n,;]{2,60})\)`, 'gu');

/** Lists a writer introduces as shows: "shows such as Better Things and The Weekly", "her credits include A, B and C". */
// Capitals spelled out, not the `i` flag: with `u` it makes the scan of a long page about seven times slower.
// "shows that Netflix have cancelled after just one season, including A, B and C": a clause may come between.
const LIST_INTRO = new RegExp(
  String.raw`\b(?:[Ss]hows|[Ss]eries|[Dd]ramas|[Cc]omedies|[Ss]itcoms|[Ss]oaps|[Tt]itles|[Cc]redits|[Pp]rogrammes|[Pp]rograms|[Oo]riginals|[Ff]avou?rites|[Cc]lassics|[Hh]its|[Pp]rocedurals|[Tt]hrillers|[Dd]ramedies|[Dd]ocuseries|[Mm]iniseries|[Tt]elenovelas|[Cc]artoons|[Ss]pinoffs|[Rr]eboots|[Rr]evivals|[Kk]-dramas|K-DRAMAS|SHOWS|SERIES)(?:\s+(?:that|which|to|from|in|on|of|this|the|have|has|been|were|was|\p{Ll}+ed|after|just|one|two|three|a|an|season|seasons|year|\p{Lu}[\p{L}+]*)){0,10}?,?\s+(?:such as|including|like|include|includes|included|SUCH AS|INCLUDING|LIKE|INCLUDE)\s+`,
  'gu',
);
const NOMINEE_LINE = new RegExp(String.raw`(?:^|\n)${PERSON_NAME},\s+([^\n]{2,160}?),\s+(?:${NETWORK}|${BARE_NETWORK})[ \t]*(?=\n|$)`, 'gu');
/** "such TV shows as Laramie, The Virginian and Mannix": the older order of the same list. */
const SUCH_AS = /\b[Ss]uch\s+(?:[\p{L}-]+\s+){0,2}?(?:shows|series|programs|programmes|dramas|comedies|sitcoms|soaps|serials|telenovelas|westerns|cartoons)\s+as\s+/gu;
/**
 * An awards list: "The nominees for best drama serial are A, B and C", "Continuing drama nominees are…",
 * "Factual series receiving a nod are…", "Up for the award for best drama are…". Its sentence must name a
 * television category and no category of people or films ("best actor", "best picture").
 */
const NOMINEES_INTRO =
  /\b(?:[Nn]ominees|[Cc]ontenders|[Ff]inalists|[Nn]ominations|receiving (?:a )?(?:nod|nods|nominations?)|[Uu]p for (?:the )?(?:award|prize))(?:\s+(?:for|in)\s+[^.\n,;]{1,50}?)?\s+(?:are|were|include|included)\s+/gu;
export const TV_CATEGORY = /\b(?:[Dd]rama|[Cc]omedy|[Ss]eries|[Ss]erial|[Pp]rogram(?:me)?|[Ss]how|[Ee]ntertainment|[Ff]actual|[Ss]oap|[Ss]itcom|[Rr]eality|[Dd]ocumentary|[Aa]nimation|TV|[Tt]elevision)\b/u;
const NOT_TV_CATEGORY = /\b(?:actor|actress|performer|presenter|host|director|writer|personality|picture|film|movie|feature|song|album|artist|player)s?\b/iu;
/** An awards list intro whose own sentence is about television categories. */
function nomineesOfTelevision(text: string, match: RegExpExecArray): boolean {
  const from = sentenceStart(text, match.index);
  const sentence = text.slice(from, match.index + match[0].length);
  return TV_CATEGORY.test(sentence) && !NOT_TV_CATEGORY.test(sentence);
}
/** "companion podcasts for a current show like Severance": one show held up as the kind. */
const A_SHOW_LIKE = /\b(?:[Aa]n?|[Aa]nother)\s+(?:\p{Ll}+\s+)?(?:show|series|drama|comedy|sitcom|soap|miniseries|docuseries)\s+(?:like|such as)\s+/gu;
/** "5 new sitcoms join the likes of Big Bang, Parks & Rec, and 2.5 Men": a comparison list. */
const LIKES_OF = /\bthe likes of\s+/gu;
const LIST_ITEM = new RegExp(String.raw`^[“"‘]?(${TITLE})[”"’]?(?:,\s+(?:and\s+)?|\s+and\s+|\s*$|(?=[.;:)\s]))`, 'u');

const JOINING_CONNECTOR = / (?:to|from|with|for|at|on|in|vs\.?) (?=[\p{Lu}\p{Nd}])/gu;

/** Watching or hosting a title: the object is a show the index knows, or a person or an event (so the cue is a weak one). */
// "Andy Cohen will host Watch What Happens Live" (KGRT, 2025): an event is hosted too, so the same.
const WATCHING = new RegExp(String.raw`\b(?:watch(?:es|ed|ing)?|binge(?:s|d)?|binge-watch(?:es|ed|ing)?|rewatch(?:es|ed|ing)?|tune in to|tuned in to|(?:co-)?host(?:s|ed|ing)?)\s+(${TITLE})`, 'gu');

/** A performer's part in a title ("for her part in Killing Eve"): a show the index knows, or a film or play. */
const ROLE_IN = new RegExp(String.raw`\b(?:his|her|their)\s+(?:\p{Ll}+\s+)?(?:role|roles|turn|part)\s+in\s+(${TITLE})`, 'gu');

/** Rights to a title (streaming deals): a show the index knows, or a film, book or song. */
const RIGHTS_TO = new RegExp(String.raw`\brights\s+to\s+(${TITLE})`, 'gu');

/** Enough for eight words of title and their joiners. */
const LOOKBACK = 160;

/** Quoted titles in running text: films and songs too, so lookups must confirm them. */
export const QUOTED_TITLE = new RegExp(QUOTED, 'gu');
/** A whole string that reads as a title (for italics, links, keywords). */
export const WHOLE_TITLE = new RegExp(String.raw`^(?:[Tt]he\s+)?${TITLE}$`, 'u');

/** Capitalised only because they start a sentence, or a possessive before the title ("Netflix's"). */
/** "September 27 – Caesar’s Hour", "Jan. 5: The Pitt": a date that heads a listing line. */
const LEADING_DATE = new RegExp(String.raw`^${MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?\s*[–—:-]\s+`, 'iu');
const LEADING_NOISE = new Set(
  'A An And As After Also Although Because Before But Both Can Could Did Does Even Exclusive For From Here Here’s Here\'s How If In Is Its Just Like Major Meanwhile My Now On Our Plus Recap Review Since So Spoiler Spoilers Still Then There These This Those Though Trailer Until Update Warning Was Watch What What’s What\'s When Where While Who Why Will With Without Would Yes Yet Your'.split(
    ' ',
  ),
);
// Pronouns too: "It will be back for a second season" is no title, whatever the It miniseries.
const NOT_TITLES = new Set('Season Series Episode Part Chapter TV Netflix HBO Hulu Disney Prime Video It He She They We'.split(' '));
/** Abbreviations whose full stop does not end a sentence ("Mr. Robot"). */
/** Stops that end no sentence: titles, and a middle initial ("Craig T. Nelson’s Coach"). */
const ABBREVIATIONS = /^(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Vs|vs|No|\p{Lu})\.$/u;
const SENTENCE_OPENER = /^(?:I|I['’][a-z]+|It|It['’]s|He|She|We|They|This|That|There|These|Those|But|And|So|Yet|When|While|If|As|After|Before)$/u;

/**
 * Trims a raw match to the title itself, or null when nothing title-like is left. `anchored`: a cue
 * right before it marks where the title starts ("the series What We Do in the Shadows"), so a leading
 * "What" or "For" is the title's own.
 */
export function cleanCandidate(raw: string, anchored = false, keepOwner = false): string | null {
  let words = raw.replace(/\u00a0/g, ' ').trim().replace(/(?:['’]s?)?[:.,!?\-–]*$/u, '').replace(LEADING_DATE, '').split(/\s+/);
  // "Anne with an E. I had over 100 tweets": after an initial, a word that opens sentences opens one.
  const endsSentence = (w: string, i: number) =>
    i < words.length - 1 && /[.!?]$/u.test(w) && (!ABBREVIATIONS.test(w) || (/^\p{Lu}\.$/u.test(w) && SENTENCE_OPENER.test(words[i + 1]!)));
  if (anchored) {
    // The cue marks the start, so a sentence end cuts the tail: "series Breeders. Lastly" is "Breeders".
    const firstEnd = words.findIndex(endsSentence);
    if (firstEnd >= 0) words = words.slice(0, firstEnd + 1);
  } else {
    const sentenceEnd = words.findLastIndex(endsSentence);
    if (sentenceEnd >= 0) words = words.slice(sentenceEnd + 1);
  }
  // "Lil Dicky’s Dave", "Netflix's Wednesday" name the owner first; "Grey's Anatomy" is the whole title.
  // "ABC’s Grey’s Anatomy", "Pop’s Schitt’s Creek": after a network's possessive the rest is the title, its own
  // possessive and all.
  if (words.length > 1 && OWNER.test(words[0]!)) words = words.slice(1);
  else {
    const possessive = words.findLastIndex((w, i) => i < words.length - 1 && /['’]s$/u.test(w));
    if (possessive >= 0 && ownerBeforeTitle(words.slice(0, possessive + 1)) && !(keepOwner && !OWNER.test(words[possessive]!))) words = words.slice(possessive + 1);
  }
  // "Emmy Award-winning Ted Lasso", "the Peabody-winning Reservation Dogs": an epithet before the title.
  const epithet = words.findLastIndex((w, i) => i < words.length - 1 && EPITHET.test(w));
  if (epithet >= 0) words = words.slice(epithet + 1);
  while (words.length && ((!anchored && LEADING_NOISE.has(words[0]!)) || /^\p{Ll}/u.test(words[0]!) || AUDIENCE_WORD.test(words[0]!))) words = words.slice(1);
  // "THE SCOOP: Designated Survivor": a label in capitals before the title.
  const label = words.findIndex((w, i) => i < words.length - 1 && /^\p{Lu}{2,}:$/u.test(w));
  // ("NCIS: NEW ORLEANS", all in capitals, is one title; "CBS: NCIS" is a network's paragraph label.)
  const labelled = label >= 0 && words.slice(0, label + 1).every((w) => /^\p{Lu}+:?$/u.test(w));
  if (labelled && (words.slice(label + 1).some((w) => /\p{Ll}/u.test(w)) || NETWORK_LABEL.test(words.slice(0, label + 1).join(' ')))) {
    words = words.slice(label + 1);
  }
  // "Outstanding Achievement In Reality Programming: CHEER": an awards category of three words or more, then
  // the title in capitals ("Law & Order: SVU" is one title).
  const category = words.findLastIndex((w, i) => i >= 2 && i < words.length - 1 && /\p{Ll}.*:$/u.test(w));
  const caps = (w: string) => /^[\p{Lu}\p{Nd}'’&!?.-]+$/u.test(w) && !/^\p{Lu}\p{Ll}/u.test(w);
  if (category >= 0 && words.slice(category + 1).every(caps) && words.slice(category + 1).join('').length >= 4) words = words.slice(category + 1);
  // "The Last of Us to Apple TV", "Silo on Apple TV": a network after a connector is the sentence's.
  // Tested without the full stop that the sentence cut above may have left ("Silo on Apple TV. Then").
  const run = words.join(' ').replace(/[:.,!?\-–]+$/u, '');
  const tail = TRAILING_NETWORK.exec(run) ?? TRAILING_FIGURE.exec(run) ?? TRAILING_MAKER.exec(run) ?? TRAILING_DATE.exec(run);
  if (tail && tail.index > 0) words = run.slice(0, tail.index).split(' ');
  const title = words.join(' ').replace(/[:.,!?\-–]+$/u, '');
  if (title.length < 2 || title.length > 80) return null;
  // "12 to 18", "22": numbers, not titles ("24" and "9-1-1" are known to the index, not guessed).
  // Unless a cue marks it: the prequel series “1923”.
  if (!words.some((w) => /^\p{Lu}/u.test(w)) && !(anchored && /^(?:1[89]|20)\d\d$|^\d{3,4}$/u.test(title))) return null;
  if (words.length === 1 && (NOT_TITLES.has(title) || CONNECTOR_ONLY.test(title.toLowerCase()))) return null;
  if (!/^[\p{Lu}\p{Nd}]/u.test(title)) return null;
  return title;
}

/** A compound adjective, a noun and a participle ("Award-winning", "Emmy-nominated", "BBC-commissioned"): titles capitalise both. */
export const EPITHET = /^[\p{Lu}\p{Nd}][\p{L}\p{Nd}]*-\p{Ll}+(?:ing|ed)$/u;
const TRAILING_NETWORK = new RegExp(String.raw` (?:to|on|and|or|from|for|at|with|&) ${NETWORK}(?: Network| Channel)?['’]?s?$`, 'u');
/** "The Clearing on May 24", "Hijack from June 28th": a date after a connector is the sentence's. */
// "Seinfeld from 2021": a year after a connector is the sentence's too.
const TRAILING_DATE = new RegExp(String.raw` (?:on|from|in|at|by|to|for|until) (?:${MONTH_CAPITALISED}\.?(?: \d{1,2}(?:st|nd|rd|th)?)?|(?:19|20)\d\d)$`, 'u');
/** "7de Laan with 922k", "Skeem Saam at 4.3", "Narcos: Mexico with 50 million hours": a figure after a connector is the sentence's. */
// "Happy’s Place at 8", "Lopez vs. Lopez at 8:30": an hour on the schedule is the sentence's too.
// "the season finale of Celebrity Apprentice by 4.2 million viewers": a share or a margin after "by", "on" or "to" too.
const TRAILING_FIGURE = / (?:with|at) (?:\d[\d,]*(?:\.\d+)?(?:k|m|%)?|\d+\.\d+)$| at \d{1,2}(?::\d\d)?$| (?:by|on|to) (?:\d+\.\d+|\d[\d,]*(?:k|m|%))$|(?: with)? \d+(?:\.\d+)?-(?:million|m)$/u;
/** "2.58-million", "922k": a ratings roundup's audience written as one word. */
export const AUDIENCE_FIGURE = String.raw`\d+(?:[.,]\d+)*-?(?:million|m|k)`;
/** "2.58-million and Durban Gen", "Skeem Saam 4.5-million": an audience is no word of a title. */
const AUDIENCE_WORD = new RegExp(String.raw`^${AUDIENCE_FIGURE}$`, 'u');
/** "Victoria from Mammoth Screen", "The Listener from Shaftesbury Films": the company that makes it, not the title. */
// "Grosse Pointe Garden Society from Jenna Bans and Bill Krebs": its makers, two names each (TV Source Magazine, 2024).
const TRAILING_MAKER = new RegExp(
  String.raw` from (?:(?:\p{Lu}[\p{L}&'’.-]*\s+){1,3}(?:Screen|Films?|Pictures|Productions?|Studios?|Television|TV|Entertainment|Media|Group)|\p{Lu}[\p{Ll}'’-]+ \p{Lu}[\p{Ll}'’-]+(?: and \p{Lu}[\p{Ll}'’-]+ \p{Lu}[\p{Ll}'’-]+)?)$`,
  'u',
);
const NETWORK_LABEL = new RegExp(String.raw`^${NETWORK}:$`, 'u');
const ONE_WORD_OWNER = /^\p{Lu}\p{Ll}+['’]s \S+$/u;
const OWNER = new RegExp(String.raw`^${NETWORK}['’]s?$`, 'u');
/** A network's possessive before a title, in any case ("ABC's Grey's Anatomy", "AMAZON's HOMECOMING"). */
const NETWORK_PREFIX = new RegExp(String.raw`^${NETWORK}['’]s?\s+(?=\S)`, 'iu');

/** The title without a network's possessive before it: a heading "TNT's ANIMAL KINGDOM" names Animal Kingdom. */
export function withoutNetworkPrefix(title: string): string {
  return title.replace(NETWORK_PREFIX, '');
}

/** Whether the words up to a possessive name an owner (a person, a network) rather than begin the title. */
function ownerBeforeTitle(upToPossessive: string[]): boolean {
  const last = upToPossessive.at(-1)!;
  if (OWNER.test(last)) return true;
  // "The Handmaid’s Tale", "The Queen’s Gambit": a title's own possessive; "Lil Dicky’s Dave" names an owner.
  if (/^(?:The|A|An)$/u.test(upToPossessive[0]!)) return false;
  return upToPossessive.length >= 2;
}

/**
 * "Breeders and Dave" from a list: the whole run and each side, so a lookup can confirm either. "&" joins
 * no list: titles have it ("Fox & Friends", "Grace & Frankie"), and its sides may be other shows.
 */
function coordinated(run: string): string[] {
  const parts = run.split(/\s+and\s+/u);
  if (parts.length > 1 && parts.every((p) => /^[\p{Lu}\p{Nd}“"]/u.test(p))) return [run, ...parts];
  // "Seven News/Today Tonight": a slash between names of two words or more joins two shows ("Fosse/Verdon" is one).
  const slashed = /^(\S+ [^/]+)\/(\p{Lu}[^/]* [^/]+)$/u.exec(run);
  return slashed ? [run, slashed[1]!, slashed[2]!] : [run];
}

/** Candidate titles in a text, in order of first appearance. */
export function titleCandidatesInText(text: string): string[] {
  return [...new Set(titleCandidatesAt(text).filter(([, , weak]) => !weak).map(([, title]) => title))];
}

/**
 * Every candidate with where its cue matched (at or a little before the title), in page order. A third
 * `true` marks a weak cue: good enough for a title the index knows, not for a lookup.
 */
/** Where a title starts, the title, whether it is only a hint, and for an actor's credit the sentence it is in. */
export type TitleCandidateAt = [at: number, title: string, weak?: boolean, creditsOf?: number];

export function titleCandidatesAt(text: string): TitleCandidateAt[] {
  const found: TitleCandidateAt[] = [];
  // Articles repeat their titles: clean each raw match once.
  const cleaned = new Map<string, string | null>();
  const clean = (raw: string) => {
    if (!cleaned.has(raw)) cleaned.set(raw, cleanCandidate(raw));
    return cleaned.get(raw)!;
  };
  // One scan per rule: cheaper than one alternation of them all, whose every position tries each rule.
  for (const { keyword, joiner, afterThe, weak, weakForPeople, weakForNames, notTitle } of TITLE_BEFORE_KEYWORD) for (const match of matchesOf(keyword, text)) {
    const [windowStart, window] = lookbackWindow(text, match.index);
    const joined = joiner.exec(window);
    const before = joined && titleEndingAt(window.slice(0, joined.index));
    if (notTitle && before && (notTitle.test(before.title) || notTitle.test(clean(before.title) ?? ''))) continue;
    if (afterThe && !(before && /\bthe\s+$/u.test(window.slice(0, before.start)))) continue;
    if (weak || (weakForPeople && before && namesPeople(before.title)) || (weakForNames && before && PERSON_SHAPED.test(before.title))) {
      // As written: "The Chase's Jenny Ryan" hints at The Chase, not at a "Chase" inside it.
      const whole = before && cleanCandidate(before.title, true);
      if (whole) found.push([windowStart + before.start, whole, true]);
      continue;
    }
    const title = before && clean(before.title);
    const led = before && /^[\p{Lu}]\p{Ll}+ (?:the|a|an|of) \p{Lu}/u.test(before.title) ? cleanCandidate(before.title, true) : null;
    if (before && led && led !== title) found.push([windowStart + before.start, led]);
    // "Da Vinci’s Inquest creator", "Joanna Lumley’s Nile pulled in…": a possessive that looks like an
    // owner may be the title's own; the whole is put forward too, for the lookup to settle.
    const owned = before && title && /['’]s\s/u.test(before.title) ? cleanCandidate(before.title, false, true) : null;
    if (before && owned && owned !== title) found.push([windowStart + before.start + Math.max(0, before.title.indexOf(owned)), owned]);
    // "author turned Rain Dogs auteur Cash Carraway to Dead Ringers phenom": the run may join a name
    // and a title by a connector; the part after the last such connector is put forward too.
    if (before && title) {
      const cut = [...before.title.matchAll(JOINING_CONNECTOR)].at(-1);
      const tail = cut ? cleanCandidate(before.title.slice(cut.index + cut[0].length), true) : null;
      if (cut && tail && tail !== title) found.push([windowStart + before.start + cut.index + cut[0].length, tail]);
    }
    // "Hollywood star", "Hollywood actor Neil Roberts", "the Marvel TV series": a brand or a field before the word, not a show.
    if (title && !(/\b(?:stars?|actors?|actress(?:es)?|directors?|producers?|writers?)$|^(?:TV|television)\s/u.test(match[0]) && NOT_BEFORE_STAR.test(title))) {
      // "How I Met Your Mother and Mercy Street star Josh Radnor": the run and each side.
      // "Caesar’s Hour (NBC, …)": after one first name's possessive, one word left may be the title's own
      // half ("Hour"), so it is only a hint; the whole is put forward above.
      const halfOfOwned = !!owned && owned !== title && ONE_WORD_OWNER.test(owned) && !OWNER.test(owned.split(' ')[0]!);
      for (const part of coordinated(title)) {
        const at = windowStart + before.start + Math.max(0, before.title.indexOf(part));
        found.push(halfOfOwned ? [at, part, true] : [at, part]);
      }
    }
  }
  // Credits in parentheses after a name: "Levi Fiehler (The Fosters)", "Michael Gladis (“Mad Men”)".
  const credits: Array<{ at: number; title: string; personShaped: boolean; sentence: number; cast: boolean }> = [];
  for (const match of text.matchAll(CREDITS)) {
    // Anchored on the parenthesis, then a look back: a lookbehind at every position costs far more.
    if (!NAME_BEFORE.test(text.slice(Math.max(0, match.index - 40), match.index))) continue;
    // "Elisabeth Moss (from the Handmaid’s Tale)": "from" says where the name is known from.
    const from = CREDIT_FROM.exec(match[1]!)?.[0] ?? '';
    const items = match[1]!.slice(from.length).split(/[,;]\s+(?:and\s+)?|\s+and\s+/u);
    if (items.length > 5 || !items.every((item) => CREDIT_ITEM.test(item))) continue;
    for (const item of items) {
      const inner = item.replace(/^[“"‘']|[”"’']$/gu, '');
      if (!WHOLE_TITLE.test(inner) || NOT_CREDITS.test(inner) || ONLY_SEASONS.test(inner)) continue;
      const title = cleanCandidate(inner, true);
      if (title) {
        const personShaped = PERSON_SHAPED.test(title) && !/^[“"‘]/u.test(item);
        const cast = CASTING_AFTER.test(text.slice(match.index + match[0].length, match.index + match[0].length + 40));
        const sentence = sentenceStart(text, match.index);
        credits.push({ at: match.index + match[0].indexOf(item), title, personShaped, sentence, cast });
        // "(from the Wire)": the article is the title's own ("The Wire"), and says it names no person.
        if (item === items[0] && /the\s$/u.test(from)) {
          credits.push({ at: match.index + match[0].indexOf(from) + from.lastIndexOf('the'), title: `The ${title}`, personShaped: false, sentence, cast });
        }
      }
    }
  }
  // "Renée Ballard (Maggie Q)" is a character and her actor: a name-shaped credit is only a hint, unless a
  // credit of the same sentence is plainly a title ("Billie Piper (Collateral) and Monica Dolan (A Very
  // English Scandal)"): parallel credits name the same kind of thing.
  // "Karna (Scream) will play Jimmy": a casting verb after the parenthesis makes the name before it an actor's.
  const titledSentences = new Set(credits.filter((c) => !c.personShaped || c.cast).map((c) => c.sentence));
  // The sentence goes with a hint: a show the index knows among its credits makes the rest titles too (spotArticle).
  for (const c of credits) found.push([c.at, c.title, c.personShaped && !titledSentences.has(c.sentence), c.sentence]);
  // "supporting acting wins in comedy (Jeremy Piven, Entourage)": an awards write-up's person and show. The
  // second part may be a place or an employer too, so it is only a hint for a title the index knows.
  for (const match of text.matchAll(PERSON_AND_WORK)) {
    const inner = match[2]!.replace(/^[“"‘']|[”"’']$/gu, '');
    const title = WHOLE_TITLE.test(inner) && !NOT_CREDITS.test(inner) ? cleanCandidate(inner, true) : null;
    if (title) found.push([match.index + match[0].lastIndexOf(match[2]!), title, true]);
  }
  // "Supporting nods went to Benedict Cumberbatch for Small Island, … and Matthew Macfadyen for Criminal
  // Justice": an awards list's person and the work, where the sentence is about awards.
  for (const [at, title] of worksAfterPeople(text, FOR_TITLE, ' for ', AWARD_WORDS)) found.push([at, title]);
  // "Who’s in it?: Morgan Spector from Person of Interest, and Alyssa Sutherland from Vikings": a cast line's
  // person and where a reader knows them from. A place or a school fits there too, so only a hint for a known title.
  for (const [at, title] of worksAfterPeople(text, FROM_TITLE, ' from ', CAST_WORDS)) found.push([at, title, true]);
  const afterKeyword = (match: RegExpExecArray, networkLed = false) => {
    const raw = firstSentence(match[1] ?? match[2] ?? '');
    // "the third season of Mike White's anthology series": a possessive names the owner, not the show;
    // after a network's own possessive it is the show's ("ABS-CBN’s My Little Juan’s 9.4 percent").
    if (!networkLed && /['’]s?$/u.test(raw) && !/[”"’']/u.test(text.charAt(text.indexOf(raw, match.index) + raw.length))) return;
    for (const part of coordinated(raw)) {
      const title = cleanCandidate(part, true);
      if (title) found.push([match.index, title]);
    }
  };
  for (const rule of TITLE_AFTER_KEYWORD) for (const match of matchesOf(rule, text)) afterKeyword(match);
  // "a stellar year for second-season comedies, from Broad City to Transparent" (Slate, 2015): both ends of the range.
  for (const match of text.matchAll(KINDS_FROM_TO)) {
    // Two one-word ends are as often places or eras ("dramas from London to Paris").
    if (!/\s/u.test(match[1]!) && !/\s/u.test(match[2]!)) continue;
    for (const part of [match[1]!, match[2]!]) {
      const title = cleanCandidate(firstSentence(part), true);
      if (title) found.push([match.index + match[0].lastIndexOf(part), title]);
    }
  }
  for (const network of text.matchAll(NETWORK_START)) {
    for (const rule of NETWORK_LED) {
      rule.lastIndex = network.index;
      const match = rule.exec(text);
      if (match) afterKeyword(match, true);
    }
  }
  // "who in Chicago watches Survivor anyway?": a known show's cue; people are watched too, so no lookup.
  // "Netflix has lost the rights to Friends": rights are sold in films and books too, so the same; parts
  // are played in them too.
  for (const match of [...matchesOf(WATCHING, text), ...matchesOf(RIGHTS_TO, text), ...matchesOf(ROLE_IN, text)]) {
    const title = cleanCandidate(match[1]!, true);
    if (title) found.push([match.index, title, true]);
  }
  for (const [index, title] of titlesInCapitals(text)) found.push([index, title]);
  const nominees = [...text.matchAll(NOMINEES_INTRO)].filter((match) => nomineesOfTelevision(text, match));
  for (const match of [...text.matchAll(LIST_INTRO), ...text.matchAll(A_SHOW_LIKE), ...text.matchAll(SUCH_AS), ...text.matchAll(LIKES_OF), ...nominees]) {
    let at = match.index + match[0].length;
    for (let items = 0; items < 12; items++) {
      const item = LIST_ITEM.exec(text.slice(at, at + 200));
      if (!item) break;
      for (const part of coordinated(item[1]!)) {
        const title = cleanCandidate(part, true);
        if (title) found.push([at, title]);
      }
      at += item[0].length;
      if (!item[0].length) break;
    }
  }
  // "Robin Wright, House of Cards" line after line: an awards list of nominees and their shows (The Guardian,
  // 2019). Three such lines in a row at least, so a dateline or an address is no list.
  for (const run of personTitleRuns(text)) for (const [at, title] of run) if (title) found.push([at, title]);
  for (const [at, title] of countedNominees(text)) found.push([at, title]);
  // "Hamish Blake, Lego Masters Australia, Nine": an awards list's line names the nominee, the shows, the network.
  for (const match of text.matchAll(NOMINEE_LINE)) {
    const items = match[1]!.split(/,\s+/u);
    if (items.length > 3) continue;
    let at = match.index + match[0].lastIndexOf(match[1]!);
    for (const item of items) {
      const title = WHOLE_TITLE.test(item) ? cleanCandidate(item, true) : null;
      if (title) found.push([at, title]);
      at += item.length + 2;
    }
  }
  for (const match of text.matchAll(QUOTED_TITLE)) {
    const inner = match[1];
    if (inner && inner.split(/\s+/).length <= 6 && inner.split(', ').every((part) => WHOLE_TITLE.test(part))) {
      // The quotes mark where the title starts: “What the Dead Know” keeps its "What".
      const title = cleanCandidate(inner, true);
      if (title) found.push([match.index, title]);
    }
  }
  return found.sort((a, b) => a[0] - b[0]);
}

/**
 * Titles in capitals inside a sentence, a blog's house style: "(sorry MADE IN JERSEY)", "EMILY'S
 * REASONS WHY NOT received the same fate". Two words at least (one is an acronym: "NBC"), after a
 * lowercase word, a comma or an opening bracket or quote: a dateline or a shouted label starts its block.
 * ASCII capitals only, so the scan is a plain character class (a lookbehind at every position is slow).
 */
const CAPS_RUN = /[A-Z][A-Z\d'’&.-]+(?:[ \u00a0]+[A-Z\d][A-Z\d'’&.-]*){1,6}(?![\p{L}\d])/gu;
const CAPS_CONTEXT = /(?:\p{Ll}[ \u00a0]+[‘“"]?|[,;(][ \u00a0]*|[(“"‘])$/u;
function* titlesInCapitals(text: string): Generator<[number, string]> {
  for (const match of text.matchAll(CAPS_RUN)) {
    if (match.index > 0 && /[\p{L}\d]/u.test(text[match.index - 1]!)) continue;
    if (!CAPS_CONTEXT.test(text.slice(Math.max(0, match.index - 4), match.index))) continue;
    const title = cleanCandidate(match[0], true);
    if (title) yield [match.index, title];
  }
}

/** A film award's heading: its nominees are films, unless the heading names television too. */
const FILM_CATEGORY = /\b(?:motion picture|picture|film|movie|feature)\b/u;
/**
 * A heading over an awards list of shows, in any case ("Outstanding lead actor in a drama", "BEST
 * TELEVISION SERIES – DRAMA"); not a film category ("… IN ANY MOTION PICTURE").
 */
function televisionHeading(heading: string): boolean {
  const lower = heading.toLowerCase();
  if (FILM_CATEGORY.test(lower) && !/\b(?:television|tv|series)\b/u.test(lower)) return false;
  return TV_CATEGORY.test(heading) || TV_CATEGORY.test(lower) || AWARD_WORDS.test(heading) || AWARD_WORDS.test(lower);
}
/** A line that is only a person and a title: "Emilia Clarke, Game of Thrones", "Jared Harris – Chernobyl". */
// Names as credits print them: "Julia Louis-Dreyfus", "Catherine O’Hara", "Benicio Del Toro".
const PERSON_TITLE_LINE = new RegExp(String.raw`(?:^|\n)\p{Lu}[\p{L}'’.-]+(?:[ \u00a0]\p{Lu}[\p{L}'’.-]*){1,3}(?:,|\s+[–—-])\s+([^\n,]{2,80}?)[ \t]*(?=\n|$)`, 'gu');
/** Lines of an awards list on one page: fewer may be a dateline or an address. */
const PERSON_TITLE_LINES = 3;
/**
 * The titles of `PERSON_TITLE_LINE`s, with their offsets, in runs with nothing but blank lines between
 * them under a line that names a television category or an award: three such lines on the page at least.
 */
let lastRuns: { text: string; runs: Array<Array<[number, string]>> } | null = null;
/** Asked by the rules and by the block reader for the same text: worked out once. */
function personTitleRuns(text: string): Array<Array<[number, string]>> {
  if (lastRuns?.text !== text) lastRuns = { text, runs: readPersonTitleRuns(text) };
  return lastRuns.runs;
}

/**
 * Where the lines of an awards list's "Person – Show" runs start: the block reader leaves them to the list
 * rule, which knows which side is the show (a lookup of "Maxine Peake" or of the whole line is a wasted one).
 */
export function personTitleLineStarts(text: string): Set<number> {
  return new Set(personTitleRuns(text).flatMap((run) => run.map(([at]) => text.lastIndexOf('\n', at - 1) + 1)));
}

function readPersonTitleRuns(text: string): Array<Array<[number, string]>> {
  const runs: Array<{ lines: Array<[number, string]>; heading: 'television' | 'performers' | null }> = [];
  let runEnd = -1;
  for (const match of text.matchAll(PERSON_TITLE_LINE)) {
    if (runEnd < 0 || text.slice(runEnd, match.index).trim()) {
      // The line before the run names a television category or an award ("Outstanding lead actor in a drama").
      const before = text.slice(Math.max(0, match.index - 200), match.index).trimEnd();
      const heading = before.slice(before.lastIndexOf('\n') + 1);
      runs.push({ lines: [], heading: televisionHeading(heading) ? 'television' : PERFORMERS.test(heading) && !FILM_CATEGORY.test(heading.toLowerCase()) ? 'performers' : null });
    }
    runEnd = match.index + match[0].length;
    const written = match[1]!;
    // A line whose title does not read as one still belongs to the list ("Daisy May Cooper – Am I Being Unreasonable?").
    const title = WHOLE_TITLE.test(written) ? cleanCandidate(written, true) : null;
    runs.at(-1)!.lines.push([match.index + match[0].lastIndexOf(written), title ?? '']);
  }
  // "Leading actor" names no medium; on a page whose other categories are television's, it is television's too (BAFTA TV, 2023).
  const television = runs.some((r) => r.heading === 'television');
  const kept = runs.filter((r) => r.heading === 'television' || (television && r.heading === 'performers')).map((r) => r.lines);
  return kept.reduce((lines, r) => lines + r.length, 0) >= PERSON_TITLE_LINES ? kept : [];
}
/** A category of people: "Leading actress", "Supporting actor", "Best performer". */
const PERFORMERS = /\b(?:actor|actress|actors|actresses|performer|performance|presenter|host|supporting|leading)\b/iu;

/** Where the sentence holding `at` starts (looked for in the 400 characters before it). */
function sentenceStart(text: string, at: number): number {
  const from = Math.max(0, at - 400);
  const before = text.slice(from, at);
  let start = -1;
  for (const end of before.matchAll(/[.!?]["”’]?\s|\n/gu)) start = end.index + end[0].length;
  return start < 0 ? from : from + start;
}

/** The text before `end` in the same block, starting at a word boundary. */
function lookbackWindow(text: string, end: number): [number, string] {
  let start = Math.max(0, end - LOOKBACK);
  // Search the short window only: a lastIndexOf over the whole text would make many hits quadratic.
  const lineBreak = text.slice(start, end).lastIndexOf('\n');
  if (lineBreak >= 0) start += lineBreak + 1;
  else if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space < 0 || space >= end ? end : space + 1;
  }
  return [start, text.slice(start, end)];
}
