import { describe, expect, it } from 'vitest';
import { findArticleBody } from '@/utils/articles/article-root';
import { readPageText } from '@/utils/articles/page-text';
import { cleanCandidate, titleCandidatesAt, titleCandidatesInText } from '@/utils/articles/title-patterns';
import { isConfidentMatch } from '@/utils/lookup/matching';
import { HEAVY_ARTICLE, SEED_ARTICLE, loadArticle } from '../../support/fixtures';

const seedText = () => readPageText(findArticleBody(loadArticle(SEED_ARTICLE))!).text;

describe('titleCandidatesInText', () => {
  it.each<[string, string]>([
    ['there’s no news confirming Ballard season 2.', 'Ballard'],
    ['Ballard’s second season would change that.', 'Ballard'],
    ['Doctor Who series 14 starts in May.', 'Doctor Who'],
    ['We rewatched season 3 of Twin Peaks last week.', 'Twin Peaks'],
    ['It is the end of AMC\'s series "The Walking Dead."', 'The Walking Dead'],
    ['The long-awaited season 2 premiere of The End of the F***ing World debuts on Netflix', 'The End of the F***ing World'],
    ['Spoilers for the Severance finale ahead.', 'Severance'],
    ['Ballard S2 is not confirmed.', 'Ballard'],
    ['Mr. Robot season 4 is the last.', 'Mr. Robot'],
    // "of" after a word that only a show has: its season, cast, creator, fans.
    ['and the second season of Only Murders in the Building, which remains charming', 'Only Murders in the Building'],
    ['Fans of Ted Lasso will be sad to see it go.', 'Ted Lasso'],
    ['She joins the cast of Yellowjackets for its third season.', 'Yellowjackets'],
    ['The creator of Lost has a new pilot.', 'Lost'],
    ['Every episode of The Bear is a panic attack.', 'The Bear'],
    // A network's schedule: the slot after the show (TV Source Magazine, 2024).
    ['Happy’s Place at 8 followed up Lopez vs. Lopez at 8:30. Dateline will follow.', 'Lopez vs. Lopez'],
    ['Seven News, then Home and Away at 7pm, won the night.', 'Home and Away'],
    // The people a new show comes from (What to Watch, 2022); a network's remake (Arkansas Democrat-Gazette, 2017).
    ['based on the British series from the team behind Horrible Histories and Yonderland.', 'Horrible Histories'],
    ['From the makers of Peep Show comes a new comedy.', 'Peep Show'],
    ['Netflix has renewed its re-do of One Day at a Time.', 'One Day at a Time'],
    // Credits: a show is "on", and someone created it.
    ['She starred on Grey’s Anatomy for a decade.', 'Grey’s Anatomy'],
    ['a recurring role on Bridgerton', 'Bridgerton'],
    ['White, who also created Enlightened, returns.', 'Enlightened'],
    ['Shadow and Bone was also picked up for season 2.', 'Shadow and Bone'],
    // More networks, co-commissions, and a network before the show noun.
    ['Waiting outside are AMC-BBC America’s Killing Eve and others.', 'Killing Eve'],
    ['Rounding it out are Amazon Prime’s Fleabag and more.', 'Fleabag'],
    ['and some surprising looks at both Showtime’s Black Monday and Pop’s Schitt’s Creek.', 'Schitt’s Creek'],
    ['whose previous collaborations include recent ITV hit Litvinenko', 'Litvinenko'],
    ['has been cast as the lead in drama pilot Kings, loosely adapted', 'Kings'],
    ['it would have reunited her with The Handmaid’s Tale director Daina Reid', 'The Handmaid’s Tale'],
    ['Lynskey revealed on Hollywood Today Live that the couple is engaged.', 'Hollywood Today Live'],
    // Quotes mark where a title starts, numbers included, when a cue names it a show.
    ['The alum has signed on to star in “What the Dead Know,” a drama pilot.', 'What the Dead Know'],
    ['the prequel series “1923,” starring Harrison Ford', '1923'],
    ['shows that Netflix have cancelled after just one season, including I Am Not Okay With This, The Society and more', 'I Am Not Okay With This'],
    // A few words between the network and the show noun; a listings guide's slot.
    ['it beat breakout BBC One terror hit Bodyguard and others', 'Bodyguard'],
    ['and Sky sleeper hit Save Me.', 'Save Me'],
    ['BBC/Amazon co-pro Informer lost out.', 'Informer'],
    // "X lead Y", "X actors Y" name the show before the people (PA's Emmys report, 2013).
    ['and Homeland lead Damian Lewis all losing out', 'Homeland'],
    ['favourites including Downton Abbey actors Hugh Bonneville and Maggie Smith', 'Downton Abbey'],
    // A ratings report: the show, then how its rating moved (NextTV, 2010).
    ['followed with a 3.5/9. The Simpsons fell 14% to a 3.7, and more', 'The Simpsons'],
    ['Extreme Makeover: Home Edition fell 19% to a 2.5 and', 'Extreme Makeover: Home Edition'],
    // Audiences in viewers (Indiantelevision, 2005; The Media Leader, 2010).
    ['The hospital soap drew well. Invasion saw 16.4 million viewers watching.', 'Invasion'],
    ['Channel 4’s Blitz Street with Tony Robinson picked up 1.5 million peak viewers', 'Blitz Street'],
    // A plural kind of show, then the titles in commas; a prequel's name in commas (Adweek, 2022; C21Media, 2023; ET, 2022).
    ['Two HBO Max programs, Friends and The Big Bang Theory, made the Top 10 list.', 'The Big Bang Theory'],
    ['new commissions include a pair of police procedurals, Allegiance and Wild Cards.', 'Wild Cards'],
    ['The CW has officially greenlit the prequel, The Winchesters, to series', 'The Winchesters'],
    // The hour after a title is the schedule's (TV Source Magazine, 2024).
    ['comedy returns at 8 with the new series Happy’s Place at 8 followed up', 'Happy’s Place'],
    // A soap's schedule, a listings line, an appositive that says what the show is.
    ['Next week on Neighbours, a new character arrives seeking revenge.', 'Neighbours'],
    ['Here’s everything coming up on Neighbours next week.', 'Neighbours'],
    ['Shameless (10pm, Showtime) - The family must come up with a plan.', 'Shameless'],
    ['Timeless, a time-travel drama about three people in a time machine, airs Mondays.', 'Timeless'],
    ['That will be followed by The Secrets of Hillsong, a docuseries investigating the church.', 'The Secrets of Hillsong'],
    // Where a person is known from, how a show ended, who wrote it.
    ['We all know Vartan from Alias (he recently starred on Hawthorne), but', 'Alias'],
    ['She is best known for her role on Girls and', 'Girls'],
    ['The absence of Roseanne, which ended in a firestorm of rage against its star', 'Roseanne'],
    ['a whodunit created by Inside Men scribe Tony Basgallop', 'Inside Men'],
    // Set 4's forms: an episode dated in brackets, a network's returning hit, a network that renews,
    // "the X star’s", "the X actor" with no name after it (Edinburgh News, Drama Quarterly, Thunderbird, Life & Style).
    ["Last night's episode (Thursday, June 30) of Love Island saw the result", 'Love Island'],
    ['strong competition from the BBC’s returning hit Poldark.', 'Poldark'],
    ['CBC renews Schitt’s Creek and Murdoch Mysteries, picks up more', 'Murdoch Mysteries'],
    ['they simultaneously confirmed the Jett star’s pregnancy.', 'Jett'],
    ['“I knew,” the Little Fires Everywhere actor divulged.', 'Little Fires Everywhere'],
    // A possessive that reads as an owner may be the title's own: both are put forward.
    ['Da Vinci’s Inquest creator Chris Haddock is returning', 'Da Vinci’s Inquest'],
    ['Da Vinci’s Inquest creator Chris Haddock is returning', 'Inquest'],
    ['Monday, 27 March, 9.00pm: Blue Lights | BBC One', 'Blue Lights'],
    // Air dates: "X, which premiered…", "X returns June 26", "X premieres on Apple TV+".
    ['Also worth your time is Blue Eye Samurai, which premiered in November.', 'Blue Eye Samurai'],
    ['The longest running Netflix series as of September 2022 is Grace & Frankie, which reached seven seasons on the platform', 'Grace & Frankie'],
    ['The Bear returns June 26 with all ten episodes.', 'The Bear'],
    ['Slow Horses premieres on Apple TV+ this week.', 'Slow Horses'],
    ['At midseason, The Americas will premiere February 23 at 8 with a two hour episode.', 'The Americas'],
    ['Shrinking debuted on Apple TV+ in January.', 'Shrinking'],
    // A listing's seasons in brackets (Best of Netflix, 2023): the title before them.
    ['April 28th\n\nSeñora Acero (Seasons 1-5) – April 28th', 'Señora Acero'],
    ['The IT Crowd (Series 1-5) – April 26th', 'The IT Crowd'],
    ['Dark (Season 3) is leaving.', 'Dark'],
    // …and after a colon, plural (Valley Magazine, 2020).
    ['The Office: Seasons 1-9\n\nThis iconic show is leaving Netflix December 31st, 2020.', 'The Office'],
    ['Dexter: Seasons 1-8\n\nDexter is leaving Netflix December 30, 2020.', 'Dexter'],
    // A streaming guide's entry on a line of its own (Lifehacker-style Hulu guides, 2024).
    ['Death in the Dorms, Season 2\nThis true crime series roots around in the darkest corners of the college experience.', 'Death in the Dorms'],
    ['Interior Chinatown, Season 1\nBased on Charles Yu’s award-winning book of the same name.', 'Interior Chinatown'],
    ['Orange Is the New Black, Season 2 — The only reason I didn’t make it the pick of the week is its attention.', 'Orange Is the New Black'],
    // A renewal list's verdicts (Jones Dozi, 2020).
    ['Ending: The Magicians\nSyfy’s series based on the books of the same name will come to an end with season five.', 'The Magicians'],
    ['On the bubble: Quantico\nThe spy drama is waiting on ABC.', 'Quantico'],
    // A TV guide's choice of the day (the i, 2024).
    ['What’s on TV tonight\nPick of the day: Better\n9pm, BBC One\nLeila Farzad steps up into a lead role here.', 'Better'],
    // A name joined to a title by a connector: the part after it is put forward too.
    ['from author turned Rain Dogs auteur Cash Carraway to Dead Ringers phenom Alice Birch', 'Dead Ringers'],
    // A blog's capitals, and "called" a few words after the show noun.
    ['There was a show in the early ‘70s called TURN ON that was cancelled after one airing.', 'TURN ON'],
    ['Some have already been given the quick hook (sorry MADE IN JERSEY).', 'MADE IN JERSEY'],
    // Set 6's forms. A ratings column's audiences and ranking (Crikey, 2017).
    ['Nine’s night, again. The Block had 1.518 million national viewers — second.', 'The Block'],
    ['Utopia managed 963,000 national viewers and was also a bit too accurate.', 'Utopia'],
    ['In the regions, Seven News was tops with 581,000, followed by The Block with 490,000.', 'Seven News'],
    ['In the regions, Seven News was tops with 581,000, followed by The Block with 490,000.', 'The Block'],
    ['Seven News/TT was 3rd with 475,000, then Home and Away with 449,000 and more.', 'Home and Away'],
    ['Doctor Doctor’s second outing of the new series averaged 1.069 million national viewers.', 'Doctor Doctor'],
    // A character, then the work; any ordinal season; a return "for a fourth season".
    ['She is known for her role as Kendall Roy in Succession and more.', 'Succession'],
    ['He played Walter White on Breaking Bad for five seasons.', 'Breaking Bad'],
    ['The upcoming eighth season of Hacks will premiere in May.', 'Hacks'],
    ['Yellowjackets returns for a fourth season on Showtime.', 'Yellowjackets'],
    // A network's verbs coordinated, a satire (Thunderbird, 2015); a spinoff "simply called" (Donald Capone,
    // 2009); a reality winner (The Nation, Malawi, 2003).
    ['CBC renews Schitt’s Creek and Murdoch Mysteries, picks up Kim’s Convenience', 'Kim’s Convenience'],
    ['as well the award-winning comedy news satires Rick Mercer Report and This Hour Has 22 Minutes.', 'Rick Mercer Report'],
    ['she got her own spinoff sitcom out of it, simply called Maude, which took place in Tuckahoe', 'Maude'],
    ['Zambian Cherise was declared first continental winner of the Big Brother Africa (BBA).', 'Big Brother Africa'],
    // A network and a plural show noun before two titles (Koala's Playground, 2018).
    ['with jTBC dramas The Beauty Inside and OCN thrillers Player and The Guest doing excellent', 'Player'],
    ['with jTBC dramas The Beauty Inside and OCN thrillers Player and The Guest doing excellent', 'The Guest'],
    ['with jTBC dramas The Beauty Inside and OCN thrillers Player and The Guest doing excellent', 'The Beauty Inside'],
    // An appositive with "the" and a network (TV.com, 2007); a network's green light (The Motley Fool, 2013).
    ['Moonlight, the upcoming CBS crime drama featuring vampires, will also be tapping a former cast member.', 'Moonlight'],
    ['The studio also recently green-lit All-Star Celebrity Bowling, which had been a project for YouTube.', 'All-Star Celebrity Bowling'],
    // Set 7's forms. Appositive lists after a counted show noun (YNaija, 2021); a network that reboots (Always
    // Be Watching, 2019); "such TV shows as" (We Love Soaps, 2019); a history's listing line (Hotchka, 2024);
    // a poll's answers (Reddit, 2021).
    ['Following an earlier announcement of two new telenovelas, Dilemma and Venge, which premiere on Monday', 'Venge'],
    ['the channel announced the premiere of two additional series, The Rishantes and Movement (Japa), in November 2021.', 'Movement'],
    ['Netflix are rebooting Unsolved Mysteries with a commitment to at least a 12-episode run.', 'Unsolved Mysteries'],
    ['and such TV shows as Laramie, The Virginian, Voyage to the Bottom of the Sea, Mannix, Mission: Impossible and Little House on the Prairie.', 'Mannix'],
    ['and such TV shows as Laramie, The Virginian, Voyage to the Bottom of the Sea, Mannix, Mission: Impossible and Little House on the Prairie.', 'Little House on the Prairie'],
    ['1954\nSeptember 27 – Caesar’s Hour (NBC, Three seasons, last broadcast on May 25, 1957)', 'Caesar’s Hour'],
    ['u/DeathdropsForDinner Aug 23 ’21\nBest: The Good Place\nWorst: Younger\nu/hannahstohelit', 'Younger'],
    // Set 2's remaining forms (Biography, 2015): a remake of a person's show, a middle initial that ends no
    // sentence, a show noun with a short phrase after it.
    ['NBC smartly chose to can its proposed remake of Craig T. Nelson’s Coach). Several other reboots', 'Coach'],
    ['along with two new shows based on movies, Limitless and Minority Report. There have been', 'Minority Report'],
    // Set 8's forms: a colon inside a word (Anime News Network, 2020), an awards list's lines (the Logies, 2023).
    ['Popular shows like Re:Zero, Sword Art Online, and My Teen Romantic Comedy SNAFU were all moved', 'Sword Art Online'],
    ['Popular shows like Re:Zero, Sword Art Online, and My Teen Romantic Comedy SNAFU were all moved', 'Re:Zero'],
    ['TV WEEK Gold Logie for Most Popular Personality\nHamish Blake, Lego Masters Australia, Nine\nLeigh Sales, 7.30, ABC', 'Lego Masters Australia'],
    ['Osher Günsberg, The Bachelors Australia, The Masked Singer Australia, Network 10\nShaun Micallef', 'The Masked Singer Australia'],
    // A service's possessive (TV Recaps & Reviews, 2018).
    ["ABC's Grey's Anatomy; Amazon's Homecoming; Facebook Watch's Sorry For Your Loss; Freeform's The Bold Type", 'Sorry For Your Loss'],
    // A listicle's entry (The Nerd Light, 2020).
    ['there are three that I literally cannot wait for Season 2.\nFirst up is Dr. Stone. This was an anime that', 'Dr. Stone'],
    // A show noun after a network or an acronym, or "of the bunch", then the title in commas (Deadline, 2017;
    // The Guardian, 2016).
    ['The illusionist FBI drama, Deception, from Chris Fedak and Berlanti Prods., continues to get attention.', 'Deception'],
    ['The only comedy of the bunch, The Good Place, featuring Kristen Bell as a dead woman', 'The Good Place'],
    // Another language's small words inside a title (Kenosha News listings, 2020).
    ['A murder has occult overtones on "Van der Valk" on "Masterpiece" (8 p.m., PBS, check local listings).', 'Van der Valk'],
    // One show held up as the kind (Morning Brew, 2025).
    ['Rewatch pods are distinct from companion podcasts for a current show like Severance, and they’re not', 'Severance'],
    // A ratings column's run of shows and audiences, the verb left out (Crikey, 2017).
    ['The Bachelor managed 955,000 national viewers and Offspring 784,000 (so, the turn off continues).', 'Offspring'],
    ['followed by The Block with 490,000, then Home and Away with 449,000.', 'Home and Away'],
    // A verdict expected or denied, and a return for a numbered season (Pop Candy, 2005; renewal news).
    ['As if that isn\'t bad enough, the site also reports that Kitchen Confidential won\'t be picked up for a full season', 'Kitchen Confidential'],
    ['Ted Lasso could be renewed for a fourth season, Apple said.', 'Ted Lasso'],
    ['Yellowjackets is expected to be renewed before the finale airs.', 'Yellowjackets'],
    ['Severance will return for a third season on Apple TV+.', 'Severance'],
    ['The Bear is returning for a fourth season in June.', 'The Bear'],
    // The subject after "in its Nth season," and after "Like X, the series" (The Chronicle, 2000).
    ['Now in its seventh season, Friends might just be funnier than ever.', 'Friends'],
    ['Like Friends, the hour-long series is chugging through its seventh season.', 'Friends'],
    // Set 9's forms: a review's heading (The Arts Desk, 2018), a network's order, a return as a new series,
    // a quoted title with its own comma (The Futon Critic, 2019), a casting verb after a credit.
    ['Ordeal by Innocence, BBC One, review - Agatha Christie goes nuclear', 'Ordeal by Innocence'],
    ['Come Home, BBC One review - a drama of family disintegration', 'Come Home'],
    ['Streaming is making its own bets. Amazon gave Homecoming a two-season order in 2017.', 'Homecoming'],
    ['Plus, MacGruber returns in a new Peacock series and HBO Max embarks on Finding Magic Mike.', 'MacGruber'],
    ['with repeats of "The Flash" (0.882 million viewers) and "Roswell, New Mexico" (0.710 million viewers).', 'Roswell, New Mexico'],
    ['Karna (Scream) will play Jimmy, Terra’s boyfriend.', 'Scream'],
    // A title defined ("is a new Hulu thriller starring…"), an appositive with an acronym, a show noun's
    // "… is X" with the date after it left out (Den of Geek, 2023).
    ['The Clearing is a new Hulu thriller starring Teresa Palmer.', 'The Clearing'],
    ['Hard Sun was a BBC drama about the end of the world.', 'Hard Sun'],
    ['Quantico, an FBI thriller starring Priyanka Chopra, ran three seasons.', 'Quantico'],
    ['The other Hulu original series of note this month is The Clearing on May 24.', 'The Clearing'],
    // Set 10's forms: plural kinds before "like" (Polygon, 2024), a network's short-lived show (Rotten
    // Tomatoes, 2023), a network with its "Network" after the title (Collider, 2022).
    ['offbeat procedurals like Evil and Elsbeth, and animated comedies like Big Mouth.', 'Evil'],
    ['Hulu’s short-lived Castle Rock program, which was executive produced by J.J. Abrams', 'Castle Rock'],
    ['the long-awaited Season 3 of Atlanta on FX Network that will be headed to Hulu', 'Atlanta'],
    // Set 12's forms: a category then the title in capitals (Blavity, TCA Awards 2020), counts of nominations
    // (Digital Trends, 2025), a role with a nickname, premieres of, ratings verbs (TV Tonight, 2024), a range, a show defined.
    ['Outstanding Achievement In Reality Programming: CHEER (Netflix)', 'CHEER'],
    ['Outstanding Achievement In News and Information: THE LAST DANCE (ESPN)', 'THE LAST DANCE'],
    ['thanks to double-digit nominations by The Penguin ( 24), The White Lotus (23), The Last of Us (16), Hacks (14), and The Pitt (13).', 'Hacks'],
    ['a nomination for his portrayal of Dr. Michael “Robby” Robinavitch on The Pitt. It’s Wyle’s first nomination', 'The Pitt'],
    ['from the end of Succession to the premieres of Gen V and The Last of Us, the best TV', 'Gen V'],
    ['Nine News averaged 1.16m with A Current Affair leading at 1.19m', 'Nine News'],
    ['Seven News won with 1.4m then Home & Away (804,000).', 'Seven News'],
    ['a stellar year for second-season comedies, from Broad City to Transparent.', 'Transparent'],
    ['Playing House is a show I loved from the get-go.', 'Playing House'],
    // What trails a title is the sentence's: a figure, the makers' names; a slash between two shows of two words.
    ['The top TV series globally was Narcos: Mexico with 50 million hours viewed', 'Narcos: Mexico'],
    ['In regional areas, Seven News again won, followed by Seven News/Today Tonight with 564,000', 'Today Tonight'],
    // Set 13's forms: ratings headlines and a demo rating's points (Broadcast, 2022; Showbuzz Daily, 2017), a name
    // then what it is (KGRT, 2025), a season's end (Uproxx, 2019).
    ['Newton is perhaps best known for starring as Maeve Millay on Westworld, with the role', 'Westworld'],
    ['Other K-dramas in the Top Ten include Divorce Attorney Shin and Crash Course in Romance.', 'Crash Course in Romance'],
    ['While Nia Sondaya (Truth Be Told) is stepping into the role of Akilah', 'Truth Be Told'],
    ['Last week’s presentation of Thursday Night Football (6.0) was the second-highest-rated primetime broadcast', 'Thursday Night Football'],
    ['both THE MICK (0.9) and BROOKLYN NINE-NINE (0.7) were steady.', 'THE MICK'],
    ['Seven’s Seven Year Switch has been dying on screen week by week', 'Seven Year Switch'],
    // Set 14's forms: where a show airs (Arkansas Democrat-Gazette, 2017), a network's comeback, a television
    // category's nod (TV Guide, 2017), a year in brackets in a sentence about shows (WBOC, 2025).
    ['The Gong Show is airing on ABC. Lost in Space will be rebooted on Netflix in 2018.', 'Lost in Space'],
    ['A contemporary Dynasty is set for The CW this fall.', 'Dynasty'],
    ['The Tick will download on Amazon on Aug. 25.', 'The Tick'],
    ['Vin Diesel is considering an NBC Miami Vice return in 2018', 'Miami Vice'],
    ['Alexis Bledel did get a drama guest actress nod for The Handmaid’s Tale. Bonus', 'The Handmaid’s Tale'],
    ['Fogelman is the man behind This Is Us (2016) and Only Murders in the Building (2021), and elements of those two shows', 'Only Murders in the Building'],
    ['Frozen Planet pulls in 4.6m', 'Frozen Planet'],
    ['Strictly returns with 6.8m', 'Strictly'],
    ['THE MAYOR premiered at 1.2 (the same rating as last season’s premiere)', 'THE MAYOR'],
    ['CBS: NCIS shed 0.2 to 1.4, BULL slipped 0.1 to 1.2, and NCIS: NEW ORLEANS was steady at 1.0.', 'NCIS: NEW ORLEANS'],
    ['CBS: NCIS shed 0.2 to 1.4, BULL slipped 0.1 to 1.2.', 'NCIS'],
    ['FOX: LETHAL WEAPON was down 0.1 to 1.1, and both', 'LETHAL WEAPON'],
    ['has been ordered to series at Starz. Titled Fightland, the show focuses on redemption', 'Fightland'],
    ['and Succession ends its second season in chaos, as the Roy family tries', 'Succession'],
    // A year cut short ends a title read backwards from its cue too (Decider, 2023).
    ['Hulu is turning to its cable partner FX. Class of ’09, an FBI thriller starring Kate Mara', 'Class of ’09'],
  ])('%j → %j', (text, title) => {
    expect(titleCandidatesInText(text)).toContain(title);
  });

  it('a maker or a team behind something that is no title, a company’s makers, an evening’s slots propose nothing', () => {
    expect(titleCandidatesInText('The makers of Coca-Cola raised prices.')).toEqual([]);
    expect(titleCandidatesInText('The team behind the app said nothing.')).toEqual([]);
    expect(titleCandidatesInText('the people behind him cheered')).toEqual([]);
    expect(titleCandidatesInText('The dinner was followed by a speech at 8:30 and then drinks at 9pm.')).toEqual([]);
  });

  it('look-alikes of set 12’s forms name no show: ages in brackets, places in a range, a title’s own capitals after a colon', () => {
    expect(titleCandidatesInText('The victims were named as John Smith (45), Ann Lee (29), Tom Brown (31) and more.')).toEqual([]);
    expect(titleCandidatesInText('Netflix makes dramas from London to Paris.')).toEqual([]);
    expect(titleCandidatesInText('We love Law & Order: SVU (NBC) a lot.')).toEqual(['Law & Order: SVU']);
    expect(titleCandidatesInText('Tom Hanks is a show business legend. Smith, a show runner, said so.')).toEqual([]);
    expect(titleCandidatesInText('The firm averaged $1.2m a year.')).toEqual([]);
    expect(titleCandidatesInText('the acclaimed series Fosse/Verdon won')).toEqual(['Fosse/Verdon']);
    // A figure in brackets outside ratings talk is no rating: "Game 5 (6.0) in the series".
    expect(titleCandidatesInText('The Lakers won Game 5 (6.0) in overtime.')).toEqual([]);
    // Years of film credits: "the films Guns of Diablo (1964), … and such TV shows as" (We Love Soaps, 2019).
    expect(titleCandidatesInText('He made the films The St. Valentine’s Day Massacre (1967), Take the Money and Run (1969) and such TV shows as Mannix.')).not.toContain('Run');
  });

  it('look-alikes of set 7’s forms name no show: a date before a listing, people "such … as", a first name’s possessive', () => {
    const listing = titleCandidatesInText('September 27 – Caesar’s Hour (NBC, Three seasons)');
    expect(listing).not.toContain('Hour');
    expect(listing).not.toContain('September 27 – Caesar’s Hour');
  });

  it('reads "Title, Season 2" only as a line of its own: a sentence may start with a place', () => {
    expect(titleCandidatesInText('In London, season 2 of the show was filmed on location.')).not.toContain('In London');
    expect(titleCandidatesInText('In London, season 2 of the show was filmed on location.')).not.toContain('London');
  });

  it('never takes a listing\'s seasons in brackets for a credit', () => {
    const listing = titleCandidatesInText('Señora Acero (Seasons 1-5) – April 28th\nThe IT Crowd (Series 1–5) – April 26th');
    expect(listing).not.toContain('Seasons 1-5');
    expect(listing).not.toContain('Series 1–5');
    // A person's credit in brackets is still one.
    expect(titleCandidatesInText('Levi Fiehler (The Fosters) joins the cast.')).toContain('The Fosters');
    expect(titleCandidatesInText('He worked with such actors as Tom Hanks and Meg Ryan.')).toEqual([]);
    // "&" joins no list: "Fox & Friends" is one title, "Friends" another show (New York magazine, 2016).
    expect(titleCandidatesInText('Fox & Friends host Ainsley Earhardt called Ailes a family man.')).toEqual(['Fox & Friends']);
  });

  it('a film or a city "like" a title is no show', () => {
    expect(titleCandidatesInText('a movie like Dune and a city like Paris')).toEqual([]);
    expect(titleCandidatesInText('Like Netflix, the streaming service has grown.')).toEqual([]);
  });

  it('an awards list’s "Person, Show" lines name the shows, three lines in a row at least (The Guardian, 2019)', () => {
    const list = 'Outstanding lead actor in a limited series\n\nMahershala Ali, True Detective\n\nBenicio Del Toro, Escape at Dannemora\n\nHugh Grant, A Very English Scandal';
    expect(titleCandidatesInText(list)).toEqual(expect.arrayContaining(['True Detective', 'Escape at Dannemora', 'A Very English Scandal']));
    expect(titleCandidatesInText('Mahershala Ali, True Detective\nHe was superb.')).not.toContain('True Detective');
    // Names with capitals inside, a title with a slash, a category of one line: still the list.
    const comedy = 'Outstanding lead actress in a comedy\n\nChristina Applegate, Dead to Me\nJulia Louis-Dreyfus, Veep\nCatherine O’Hara, Schitt’s Creek\n\nOutstanding lead actor in a limited series\n\nSam Rockwell, Fosse/Verdon';
    expect(titleCandidatesInText(comedy)).toEqual(expect.arrayContaining(['Dead to Me', 'Veep', 'Schitt’s Creek', 'Fosse/Verdon']));
    // Headings in capitals (TV Insider, 2024): a television category's nominees are shows, a film category's are not.
    const globes =
      'BEST PERFORMANCE BY AN ACTRESS IN A SUPPORTING ROLE IN ANY MOTION PICTURE\n\nEmily Blunt, Oppenheimer\nJodie Foster, Nyad\nRosamund Pike, Saltburn\n\n' +
      'BEST PERFORMANCE BY A MALE ACTOR IN A TELEVISION SERIES – DRAMA\n\nBrian Cox, Succession\nKieran Culkin, Succession\nPedro Pascal, The Last of Us';
    const found = titleCandidatesInText(globes);
    expect(found).toEqual(expect.arrayContaining(['Succession', 'The Last of Us']));
    expect(found).not.toContain('Oppenheimer');
    expect(titleCandidatesInText('Our offices\nLos Angeles, California\nSan Diego, California\nNew York, New York')).toEqual([]);
  });

  it('a performers’ category ("Leading actress") counts on a page whose other categories are television’s (WION, BAFTA TV 2023)', () => {
    const actresses = 'Leading actress\n\nMaxine Peake – Anne\nSarah Lancashire – Julia\nVicky McClure – Without Sin';
    expect(titleCandidatesInText(actresses)).toEqual([]);
    const bafta = `${actresses}\n\nFemale performance in a comedy programme\n\nDiane Morgan – Cunk on Earth\nDaisy May Cooper – Am I Being Unreasonable?`;
    const found = titleCandidatesInText(bafta);
    expect(found).toEqual(expect.arrayContaining(['Anne', 'Julia', 'Without Sin', 'Cunk on Earth']));
    // The heading's show noun does not run on into the next line's person.
    expect(found.filter((title) => title.includes('Daisy'))).toEqual([]);
  });

  it('a one-word credit without a casting verb stays a hint: "Debra’s (Britton) co-worker"', () => {
    expect(titleCandidatesAt('Agena will play Nancy, Debra’s (Britton) co-worker.').filter(([, , weak]) => !weak)).toEqual([]);
  });

  it('a show noun that describes a person defines no title: "Kate Mara is a drama veteran"', () => {
    expect(titleCandidatesInText('Kate Mara is a drama veteran. Tom Hanks, a comedy legend, said so.')).toEqual([]);
  });

  it('a pronoun before a return or a verdict is no title: "It will be back for a second season"', () => {
    expect(titleCandidatesInText('It will be back for a second season. He said it could be renewed.')).toEqual([]);
    expect(titleCandidatesInText('In its first season, the show was fine.')).toEqual([]);
  });

  it('a count of other things after a name is no audience: "Sydney with 5,000,000 people", "Spotify 2,300 streams"', () => {
    expect(titleCandidatesInText('Sydney with 5,000,000 people is the largest city.')).toEqual([]);
    expect(titleCandidatesInText('The song had 2,300 streams on Spotify 4,000 downloads.')).not.toContain('Spotify');
    expect(titleCandidatesInText('In 2019, 1,200 people came.')).toEqual([]);
  });

  it('"The Bosch: Legacy spinoff" → a candidate that confidently matches Bosch: Legacy, not Bosch', () => {
    const candidates = titleCandidatesInText('The Bosch: Legacy spinoff has had astonishing success on Prime Video.');
    expect(candidates.some((c) => isConfidentMatch(c, { name: 'Bosch: Legacy' }))).toBe(true);
    expect(candidates.some((c) => isConfidentMatch(c, { name: 'Bosch' }))).toBe(false);
  });

  it('the company that makes a show is not part of its title: "hit Victoria from Mammoth Screen" (Drama Quarterly, 2016)', () => {
    const candidates = titleCandidatesInText('ITV has commissioned a second series of ratings hit Victoria from Mammoth Screen. Scripted by Daisy Goodwin.');
    expect(candidates).toContain('Victoria');
    expect(candidates).not.toContain('Victoria from Mammoth Screen');
    // "from" inside a title stays: no company word ends it.
    expect(titleCandidatesInText('the series From Dusk Till Dawn, and the drama Letters From Home')).toContain('Letters From Home');
  });

  it('capitals that start a block (a dateline, a shouted label) are no title', () => {
    expect(titleCandidatesInText('LOS ANGELES (AP) — The network said so.\nBREAKING NEWS: it rained.')).toEqual([]);
  });

  it('an owner’s possessive after a cue is no title: "the third season of Mike White’s anthology series"', () => {
    expect(titleCandidatesInText('They joined the cast of the third season of Mike White’s anthology series.')).toEqual([]);
  });

  it('two network possessives in one sentence name two shows, and neither takes in the other network', () => {
    const candidates = titleCandidatesInText("From HBO's The Last of Us to Apple TV+'s Silo, there is plenty to watch.");
    expect(candidates).toEqual(expect.arrayContaining(['The Last of Us', 'Silo']));
    expect(candidates.filter((c) => /Apple/u.test(c))).toEqual([]);
  });

  it('name-shaped credits are titles when a parallel credit of the sentence plainly is one', () => {
    // Deadline, 2019-05: the BAFTA TV awards' supporting actress nominees.
    const text = 'Shaw beat Keeley Hawes (Mrs Wilson), Billie Piper (Collateral) and Monica Dolan (A Very English Scandal) to win.';
    expect(titleCandidatesInText(text)).toEqual(['Mrs Wilson', 'Collateral', 'A Very English Scandal']);
    // A cast list of characters and actors has no plain title among its credits: each stays a hint.
    const cast = 'The cast is Renée Ballard (Maggie Q), Harry Bosch (Titus Welliver) and Samira Parker (Rebecca Field).';
    expect(titleCandidatesInText(cast)).toEqual([]);
    expect(titleCandidatesAt(cast).map(([, title, weak]) => [title, weak])).toEqual([
      ['Maggie Q', true],
      ['Titus Welliver', true],
      ['Rebecca Field', true],
    ]);
    // Another sentence's title does not vouch for these.
    expect(titleCandidatesInText('Kelly Macdonald (State of Play) joins. The lead is Renée Ballard (Maggie Q).')).toEqual(['State of Play']);
  });

  it('international networks and soap words: "SABC2’s Afrikaans soapie 7de Laan", "Mzansi Magic’s cancelled telenovela Gomora"', () => {
    // The South African, 2023-05: a ratings roundup of the country's soaps.
    const text =
      'SABC2’s long-running soapie Muvhango has 1.3 million viewership, followed by, SABC2’s Afrikaans soapie 7de Laan with 922k viewership, ' +
      'and Mzansi Magic’s cancelled telenovela Gomora is sitting on 863k.';
    expect(titleCandidatesInText(text)).toEqual(expect.arrayContaining(['Muvhango', '7de Laan', 'Gomora']));
    // The ratings figure after the title is the sentence's, not the title's.
    expect(titleCandidatesInText(text).filter((c) => /922k/u.test(c))).toEqual([]);
    // SowetanLIVE, 2022-08: a monthly roundup's verbs, and a hyphen in the figure.
    const monthly = 'House of Zwide is sitting on 4.9-million viewership followed by Imbewu on 2.7-million. The Black Door, has 2.58-million and Durban Gen is sitting on 2.56-million.';
    expect(titleCandidatesInText(monthly)).toEqual(['House of Zwide', 'Imbewu', 'The Black Door', 'Durban Gen']);
    // A chart of shows: "Gomora tops the list of all shows" (SowetanLIVE, 2022-08); "tops the charts" alone is a song's.
    expect(titleCandidatesInText('On DStv, Gomora tops the list of all shows that are on pay-per-view.')).toEqual(['Gomora']);
    expect(titleCandidatesInText('Squid Game topped Netflix’s Top 10 again.')).toContain('Squid Game');
    expect(titleCandidatesInText('Once again Taylor Swift tops the charts.')).toEqual([]);
    // Brioux.tv, 2019-11: after a title's closing initial, a word that opens sentences opens the next one.
    expect(titleCandidatesInText('this week the cancelation of three-year-old series Anne with an E. I had over 100 tweets')).toEqual(['Anne with an E']);
    // Uncle Barky's Bytes, 2010-05: a margin after "by" is the sentence's too.
    expect(titleCandidatesInText("beating NBC's runner-up season finale of Celebrity Apprentice by 4.2 million viewers")).toEqual(['Celebrity Apprentice']);
    // NewsBytes, 2021-06: the network's possessive, a language, the show noun, a comma.
    expect(titleCandidatesInText("The serial is a remake of Star Jalsha's Bengali series, Ishti Kutum.")).toContain('Ishti Kutum');
    // GMA News, 2013-09: the show's own possessive after the network's is the show's.
    expect(titleCandidatesInText('versus ABS-CBN’s My Little Juan’s (MLJ) 9.4 percent')).toContain('My Little Juan');
  });

  it('a show noun, a comma, then the title set off by commas: "the evening news show, Tagesschau,"', () => {
    expect(titleCandidatesInText('Just after the evening news show, Tagesschau, the opening Tatort jingle rings.')).toEqual(['Tagesschau']);
    expect(titleCandidatesInText('I loved the show, Paris said, but not the ending.')).toEqual([]);
  });

  it('the nominees of a television category are titles; of people or films, not', () => {
    // World Screen, 2010-05: the BAFTA TV nominations.
    const text = 'The nominees for best drama serial are Occupation, Red Riding, Small Island and Unforgiven. Continuing drama nominees are The Bill, Casualty and EastEnders.';
    expect(titleCandidatesInText(text)).toEqual(expect.arrayContaining(['Occupation', 'Red Riding', 'Small Island', 'Unforgiven', 'The Bill', 'Casualty', 'EastEnders']));
    expect(titleCandidatesInText('Factual series receiving a nod are The Family, One Born Every Minute and Who Do You Think You Are?')).toEqual(
      expect.arrayContaining(['The Family', 'One Born Every Minute']),
    );
    expect(titleCandidatesInText('The nominees for best picture are Parasite, Joker and Little Women.')).toEqual([]);
    expect(titleCandidatesInText('For drama, the nominees for best actor are Kenneth Branagh, Jason Isaacs and David Oyelowo.')).toEqual([]);
  });

  it('a title before "TV series" or "sitcom" is one; a brand there is not', () => {
    expect(titleCandidatesInText('I remember her as cousin Maude in the old All In the Family TV series.')).toEqual(['All In the Family']);
    expect(titleCandidatesInText('He wrote for the Marvel TV series before this.')).toEqual([]);
  });

  it('credits split at semicolons too: "(Nêrens, Noord-Kaap; Address Unknown)"', () => {
    const text = 'Ilse-Lee van Niekerk (Getroud Met Rugby, 4 Mure; Die Boekklub) stars as Jessica.';
    expect(titleCandidatesInText(text)).toEqual(['Getroud Met Rugby', '4 Mure', 'Die Boekklub']);
  });

  it('the rights to a title name a show the index knows, and nothing for a lookup', () => {
    const text = 'Netflix, which has lost the rights to Friends from next year, paid for Seinfeld.';
    expect(titleCandidatesAt(text).filter(([, title]) => title === 'Friends').map(([, , weak]) => weak)).toEqual([true]);
    expect(titleCandidatesInText(text)).not.toContain('Friends');
  });

  // Us Weekly, 2019: "She won last year for her part in Killing Eve."
  it('a performer’s part in a title names a show the index knows, and nothing for a lookup (films have parts too)', () => {
    const text = 'She won last year for her part in Killing Eve, and his role in Titanic made him.';
    expect(titleCandidatesAt(text).map(([, title, weak]) => [title, weak])).toEqual([['Killing Eve', true], ['Titanic', true]]);
    expect(titleCandidatesInText('She won last year for her part in the film.')).toEqual([]);
  });

  it('on the seed article: Ballard and Bosch: Legacy, in page order', () => {
    const candidates = titleCandidatesInText(seedText());
    expect(candidates[0]).toBe('Ballard');
    expect(candidates.some((c) => isConfidentMatch(c, { name: 'Bosch: Legacy' }))).toBe(true);
  });

  it.each(['Maggie Q', 'Rotten Tomatoes', 'The Hollywood Reporter', 'Prime Video', 'Renée Ballard', 'Noah Bean', 'Q'])(
    'on the seed article: never %j',
    (notATitle) => {
      const candidates = titleCandidatesInText(seedText());
      expect(candidates).not.toContain(notATitle);
      for (const candidate of candidates) expect(isConfidentMatch(candidate, { name: notATitle })).toBe(false);
    },
  );

  it('on the heavy.com article: The End of the F***ing World first', () => {
    const text = readPageText(loadArticle(HEAVY_ARTICLE).querySelector('article')!).text;
    expect(titleCandidatesInText(text)[0]).toBe('The End of the F***ing World');
    expect(titleCandidatesInText(text)).not.toContain('Netflix');
  });

  it('"Person from Title" in a cast line is a hint for a title the index knows (Virgin Media, 2017)', () => {
    const cast = 'Who’s in it?: Morgan Spector from Person of Interest, and Alyssa Sutherland from Vikings';
    expect(titleCandidatesAt(cast)).toEqual([
      [34, 'Person of Interest', true],
      [81, 'Vikings', true],
    ]);
    expect(titleCandidatesInText(cast)).toEqual([]);
    expect(titleCandidatesAt('Jane Smith from Chicago opened the new store on Monday.')).toEqual([]);
  });

  it('"Person for Title" names a work only in an awards sentence (World Screen, 2010)', () => {
    const awards = 'Supporting nods on the male side went to Benedict Cumberbatch for Small Island and Matthew Macfadyen for Criminal Justice.';
    expect(titleCandidatesInText(awards)).toEqual(expect.arrayContaining(['Small Island', 'Criminal Justice']));
    expect(titleCandidatesInText('Jane Smith writes for Variety and lives in Los Angeles.')).toEqual([]);
  });

  it('figures and appositives that are no ratings or shows: small numbers, fans, "the comedy capital"', () => {
    expect(titleCandidatesInText('Liverpool had 14,000 fans in the stadium on Sunday.')).toEqual([]);
    expect(titleCandidatesInText('Smith was second with 12 points, then Jones with 9.')).toEqual([]);
    expect(titleCandidatesInText('It is set in Chicago, the comedy capital of the Midwest.')).toEqual([]);
    expect(titleCandidatesInText('Her own mother, simply called Mum by everyone, was there.')).toEqual([]);
    expect(titleCandidatesInText('He played Hamlet in London last year.')).toEqual([]);
  });

  it('"(Jeremy Piven, Entourage)": the work after a person is a hint for a known title, never a lookup', () => {
    const text = 'HBO series also registered wins in comedy (Jeremy Piven, Entourage) and drama.';
    expect(titleCandidatesAt(text)).toContainEqual([text.indexOf('Entourage'), 'Entourage', true]);
    expect(titleCandidatesInText(text)).not.toContain('Entourage');
  });

  it('no candidates in plain prose', () => {
    expect(titleCandidatesInText('I want it, you want it, we all want it.')).toEqual([]);
    expect(titleCandidatesInText('')).toEqual([]);
  });

  it('a move in percent is a rating only when it lands on a rating ("to a 3.7"); shares are not shows', () => {
    expect(titleCandidatesInText('Netflix Shares fell 14% to $310 after the report.')).toEqual([]);
    expect(titleCandidatesInText('Turnout Figures rose 3% to 41 million.')).toEqual([]);
  });

  it('"the X star" needs the "the" when no name follows: "Movie star Tom said" names nobody’s show', () => {
    expect(titleCandidatesInText('Movie star Tom said so.')).toEqual([]);
  });

  it('a candidate never spans two paragraphs', () => {
    const candidates = titleCandidatesInText('She joined Prime Video\nBallard season 2 is coming.');
    expect(candidates).toEqual(['Ballard']);
  });
});

describe('cleanCandidate', () => {
  it.each<[string, string | null]>([
    ['Watch Ballard', 'Ballard'],
    ["Netflix's Wednesday", 'Wednesday'],
    ['ahead. Ballard', 'Ballard'],
    ['Mr. Robot', 'Mr. Robot'],
    ['Season', null],
    ['Netflix', null],
    ['Ballard:', 'Ballard'],
    ['x', null],
    // After a network's possessive the rest is the title, its own possessive and all.
    ['ABC’s Grey’s Anatomy', 'Grey’s Anatomy'],
    ['Pop’s Schitt’s Creek', 'Schitt’s Creek'],
    ['Grey’s Anatomy', 'Grey’s Anatomy'],
    ['What’s Ballard', 'Ballard'],
    // A year after a connector is the sentence's; a year in the title stays.
    ['Seinfeld from 2021', 'Seinfeld'],
    ['Class of 2021', 'Class of 2021'],
  ])('%j → %j', (raw, clean) => {
    expect(cleanCandidate(raw)).toBe(clean);
  });
});
