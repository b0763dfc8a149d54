/*
 * check-article.c: article_parse() on articles written for these tests
 * (an earthquake, a summit, a factory fire), one table row per rule:
 * headline, printed date, dateline, outlet and citations, furniture, tag
 * lines, embedded posts, repeats and near repeats.  Then the offsets back
 * into the original (memcmp of each span), other encodings, the recurring
 * lines callback, the outlet override, rejections and a 1 MiB line.
 *
 * The default data tables are read from $PARALLAX_DATADIR (the tests run
 * with share/parallax of the source tree).
 */
#include <config.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "suites.h"
#include "px.h"
#include "article.h"

struct article_case {
	const char	*name;
	const char	*raw;
	const char	*title;		/* NULL: none expected */
	const char	*date;
	const char	*dateline;
	const char	*outlet;
	const char	*cites;		/* "A;B" in any order, NULL: none */
	int		 nsentences;	/* -1: not checked */
	const char	*present;	/* a sentence containing this */
	const char	*absent;	/* no sentence containing this */
};

static const struct article_case article_cases[] = {
	{ "a menu of short items between bars, whatever the words",
	  "Lakeside | Harbour Life | Ferry Desk Insider | Weather | Watch | "
	  "Listen | Podcasts\n\n"
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  2, "ferry line", "Harbour Life" },
	{ "a menu between dots; a sentence with bars in it stays",
	  "Lakeside \xc2\xb7 Harbour \xc2\xb7 Watch\n\n"
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday | the first day | operators "
	  "said.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  2, "the first day |", "Harbour" },
	{ "a tagline over a menu and a call to action is no headline",
	  "The Pulse of the Fjords\n"
	  "Sign in | Subscribe\n"
	  "News | Ferries | Weather | Opinion\n"
	  "Become a member\n"
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n"
	  "Join the queue early, the operators told passengers.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  3, "Join the queue", "member" },
	{ "a section label between bars under the headline",
	  "Ferry service resumes after winter storm\n"
	  "POLITICS | FERRY STRIKE\n\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  2, "ferry line", "STRIKE" },
	{ "a known outlet and a word for news is a masthead",
	  "Xinhua Noticias\n\n"
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, "Xinhua",
	  NULL, 2, "ferry line", "Noticias" },
	{ "a headline sharing few words with the text is still the headline",
	  "A long night on the water\n\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "A long night on the water", NULL, NULL, NULL, NULL, 2,
	  "ferry line", NULL },
	{ "captions: a credit first, a credit in square brackets",
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n"
	  "(Photo/Xinhua) Divers inspect the hull in the harbour.\n"
	  "Crews repaint the hull in dry dock [File: Jo Lee/AP Photo]\n"
	  "The first crossing took two hours, the captain said.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  3, "first crossing", "hull" },
	{ "captions: a credit as the last sentence or the line under it",
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n"
	  "Divers inspect the hull in the harbour, 4 May 2031. EFE/Jo Lee\n"
	  "A crane lifts the gangway. Foto: Harbour Agency\n"
	  "Crews repaint the hull in dry dock on Sunday.\n"
	  "Jo Lee/AP\n"
	  "The first crossing took two hours, the captain said.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  3, "first crossing", "hull" },
	{ "a paragraph over a photo credit is no caption",
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n\n"
	  "Photo: Jo Lee/AFP\n\n"
	  "The first crossing took two hours, the captain said.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  3, "ferry line", "Jo Lee" },
	{ "a dateline with its country in brackets, an agency and \".-\"",
	  "Ferry service resumes after winter storm\n\n"
	  "Tromso (Norway), Mar 4 (EFE).- The ferry line reopened on "
	  "Monday, operators said.\n",
	  "Ferry service resumes after winter storm", NULL, "Tromso", "EFE",
	  NULL, 2, "The ferry line reopened", "Norway" },
	{ "a place and its country on a line of their own",
	  "Ferry service resumes after winter storm\n"
	  "Crossings had been halted for three days\n"
	  "TROMSO, North Norway\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes after winter storm", NULL, "Tromso", NULL,
	  NULL, 3, "ferry line", "TROMSO" },
	{ "a headline with a comma over the text is no dateline line",
	  "Ferry service resumes after winter storm\n"
	  "Tromso, Bergen Reopen\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL,
	  NULL, -1, "ferry line", NULL },
	{ "a name of three words over the lead is a byline",
	  "Ferry service resumes after winter storm\n"
	  "Jo Ann Lee\n"
	  "The ferry line reopened on Monday after three days in port, "
	  "operators said.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  2, "ferry line", "Ann" },
	{ "a kicker whose words the lead has is no byline",
	  "Ferry service resumes after winter storm\n"
	  "Storm Hits Harbour\n"
	  "The storm kept the ferry in port for three days, operators "
	  "said.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  3, "Storm Hits Harbour", NULL },
	{ "an outlet's line about itself with its web address below the text",
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n"
	  "Xinhua said the crossing took two hours.\n"
	  "XINHUA brings news to readers via www.ferry.example and radio.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL,
	  "Xinhua", 3, "crossing took", "www" },
	{ "a credit line names an outlet, then others it cites",
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n"
	  "Source: Xinhua/Reuters/ab(cd)\n",
	  "Ferry service resumes after winter storm", NULL, NULL, "Xinhua",
	  "Reuters", 2, "ferry line", "Source" },
	{ "an outlet after \"telling\" is cited",
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, telling Reuters that crossings "
	  "were safe.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL,
	  "Reuters", 2, "ferry line", NULL },
	{ "a caption ends in a bracketed date with its year; a text not",
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Saturday (May 3), operators said.\n"
	  "Divers inspect the hull in the harbour on Saturday "
	  "(May 3, 2031).\n"
	  "The first crossing took two hours, the captain said.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  3, "(May 3)", "Divers" },
	{ "a country before a colon in a line of capitals is no dateline",
	  "Rift valley floods\n\n"
	  "NORWAY: FERRY LINE SHUT BY STORM, OPERATORS SAY.\n\n"
	  "The ferry line was shut on Monday, operators said.\n",
	  "Rift valley floods", NULL, NULL, NULL, NULL, 3,
	  "NORWAY: FERRY", NULL },
	{ "an unknown masthead in its own script, its Latin name under it",
	  "\xed\x95\x9c\xeb\xb9\x9b\xec\x9d\xbc\xeb\xb3\xb4\n"
	  "Hanbit Daily\n\n"
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes after winter storm", NULL, NULL,
	  "Hanbit Daily", NULL, 2, "ferry line", "Hanbit" },
	{ "a text in a script without case keeps its first line",
	  "\xe0\xa4\xac\xe0\xa4\xbe\xe0\xa4\xa2\xe0\xa4\xbc\n\n"
	  "\xe0\xa4\xac\xe0\xa4\xbe\xe0\xa4\xa2\xe0\xa4\xbc "
	  "\xe0\xa4\xb8\xe0\xa5\x87 \xe0\xa4\x97\xe0\xa4\xbe\xe0"
	  "\xa4\x82\xe0\xa4\xb5\xe0\xa5\xa4\n",
	  NULL, NULL, NULL, NULL, NULL, -1,
	  "\xe0\xa4\xac\xe0\xa4\xbe\xe0\xa4\xa2\xe0\xa4\xbc "
	  "\xe0\xa4\xb8\xe0\xa5\x87", NULL },
	{ "a place and a section between bars over the headline",
	  "Norge | Politics\n\n"
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  2, "ferry line", "Norge" },
	{ "an outlet and a section between bars name the site",
	  "Xinhua | Politics\n\n"
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, "Xinhua",
	  NULL, 2, "ferry line", "Politics" },
	{ "a run of gallery captions",
	  "Dam repairs begin after spring floods\n\n"
	  "Repairs to the dam began on Monday, the water authority said.\n\n"
	  "1/3 Divers at the base of the wall. (Photo desk)\n"
	  "2/3 A crane lifts a slab into place.\n"
	  "3/3 Engineers study the plans.\n\n"
	  "1/2 of the budget goes to the wall, the authority said.\n",
	  "Dam repairs begin after spring floods", NULL, NULL, NULL, NULL, 3,
	  "1/2 of the budget", "A crane lifts" },
	{ "an outlet's notice about its own website below the text",
	  "Dam repairs begin after spring floods\n\n"
	  "Repairs to the dam began on Monday, the water authority said.\n\n"
	  "The Reuters website shows a part of the wire that subscribers "
	  "receive, in short form.\n\n"
	  "Xinhua website editors were told to wait, officials said.\n",
	  "Dam repairs begin after spring floods", NULL, NULL, NULL, NULL,
	  3, "website editors", "in short form" },
	{ "subheadings between paragraphs",
	  "Dam repairs begin after spring floods\n\n"
	  "Repairs to the dam began on Monday, the water authority said.\n\n"
	  "Divers at the wall\n\n"
	  "Divers checked the base of the wall on Tuesday.\n\n"
	  "What the engineers expect next\n\n"
	  "Engineers expect the work to take a year.\n\n"
	  "Cost of the repairs\n\n"
	  "and more lines that go on without a capital.\n",
	  "Dam repairs begin after spring floods", NULL, NULL, NULL, NULL, 6,
	  "Cost of the repairs", "Divers at the wall" },
	{ "a short line under the headline is a standfirst, no subheading",
	  "Dam repairs begin after spring floods\n\n"
	  "Water authority names the contractor\n\n"
	  "Repairs to the dam began on Monday, the water authority said.\n",
	  "Dam repairs begin after spring floods", NULL, NULL, NULL, NULL, -1,
	  "names the contractor", NULL },
	{ "a dateline on a line of its own over a headline in capitals",
	  "OSLO, JUNE 2 (Kyodo) -\n\n"
	  "NORWAY: FERRY SERVICE RESUMES AFTER STORM\n\n"
	  "OSLO, JUNE 2 (Kyodo) - The ferry line to the islands reopened on "
	  "Monday after a three-day suspension, operators said.\n",
	  "NORWAY: FERRY SERVICE RESUMES AFTER STORM", NULL, "Oslo", "Kyodo",
	  NULL, 2, "The ferry line", "OSLO" },
	{ "a lower-case month and a full stop before the dash",
	  "Lima, 4 june (EFE).- The ferry line to the islands reopened on "
	  "Monday after a three-day suspension, operators said.\n",
	  NULL, NULL, "Lima", "EFE", NULL, 1, "The ferry line", "june" },
	{ "a place in capitals alone between the headline and the text",
	  "Ferry service resumes after winter storm\n\n"
	  "June 2 2031 09:15:00\n\nTROMSO\n\n"
	  "The ferry line to the islands reopened on Monday after a "
	  "three-day suspension, operators said.\n",
	  "Ferry service resumes after winter storm", "2031-06-02", "Tromso",
	  NULL, NULL, 2, "The ferry line", "TROMSO" },
	{ "a label of two words in capitals over the text is no place",
	  "Ferry service resumes after winter storm\n\nFACT CHECK\n\n"
	  "The ferry line to the islands reopened on Monday after a "
	  "three-day suspension, operators said.\n",
	  "Ferry service resumes after winter storm", NULL, NULL,
	  NULL, NULL, 2, "The ferry line", "FACT" },
	{ "a label in capitals over the text is no place",
	  "Ferry service resumes after winter storm\n\nUPDATED\n\n"
	  "The ferry line to the islands reopened on Monday after a "
	  "three-day suspension, operators said.\n",
	  "Ferry service resumes after winter storm", NULL, NULL,
	  NULL, NULL, 2, "The ferry line", "UPDATED" },
	{ "a wire's version tags leave the headline",
	  "(2nd LD) (URGENT) Ferry service resumes after winter storm\n\n"
	  "The ferry line to the southern islands reopened on Monday after a "
	  "three-day suspension, operators said.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL,
	  NULL, 2, "ferry line", "URGENT" },
	{ "a bracketed word in mixed case is part of the headline",
	  "(Re)opening the ferry line to the islands\n\n"
	  "The ferry line to the southern islands reopened on Monday after a "
	  "three-day suspension, operators said.\n",
	  "(Re)opening the ferry line to the islands", NULL, NULL, NULL,
	  NULL, 2, "ferry line", NULL },
	{ "the kind of a piece and its author over the headline",
	  "Opinion by Mara Lind\n\n"
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line to the southern islands reopened on Monday after a "
	  "three-day suspension, operators said.\n\n"
	  "Analysis by the port authority showed little damage.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL,
	  NULL, 3, "Analysis by the port", "Mara Lind" },
	{ "masthead in the outlet's own script, then its English name",
	  "\xec\x97\xb0\xed\x95\xa9\xeb\x89\xb4\xec\x8a\xa4\n"
	  "Yonhap News Agency\n\n"
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line to the southern islands reopened on Monday after a "
	  "three-day suspension, operators said.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, "Yonhap",
	  NULL, 2, "ferry line", "\xec\x97\xb0" },
	{ "all-capital masthead with a Turkish dotted capital",
	  "H\xc3\x9cRR\xc4\xb0YET DAILY NEWS\n\n"
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line to the southern islands reopened on Monday after a "
	  "three-day suspension, operators said.\n",
	  "Ferry service resumes after winter storm", NULL, NULL,
	  "H\xc3\xbcrriyet", NULL, 2, "ferry line", "DAILY NEWS" },
	{ "dateline with agency",
	  "Strong earthquake shakes northern coast\n\n"
	  "TOKYO, March 3 (Kyodo) - A magnitude 6.1 earthquake struck off the "
	  "northern coast on Monday, the meteorological agency said.\n\n"
	  "No tsunami was expected, officials told NHK.\n",
	  "Strong earthquake shakes northern coast", NULL, "Tokyo", "Kyodo",
	  "NHK", 3, "A magnitude 6.1 earthquake", "TOKYO" },
	{ "site name line, date line, repeated headline, furniture",
	  "March 3, 2025\n\nPacific Coast Herald World\n\n"
	  "Strong earthquake shakes northern coast\n\n"
	  "Strong earthquake shakes northern coast\n\n"
	  "A magnitude 6.1 earthquake struck off the coast on Monday. "
	  "Residents moved to higher ground.\n\nShare\n\nLeave a Reply\n\n"
	  "Your email address will not be published. Required fields are "
	  "marked *\n",
	  "Strong earthquake shakes northern coast", "2025-03-03", NULL,
	  "Pacific Coast Herald", NULL, 3, "Residents moved", "Required" },
	{ "source line, numeric date, colon dateline",
	  "Leaders gather for climate summit in Nairobi\n"
	  "Published: 14.06.2024 09:30\n"
	  "Nairobi: Heads of state from 40 countries arrived on Friday for a "
	  "two-day climate summit, the foreign ministry said.\n"
	  "The summit opened with a call for new funding, according to "
	  "Reuters.\n"
	  "Source: Xinhua\n",
	  "Leaders gather for climate summit in Nairobi", "2024-06-14",
	  "Nairobi", "Xinhua", "Reuters", 3, "Heads of state", "Source" },
	{ "trailing agency tag, section line, buttons",
	  "World\n\nSummit ends with joint statement on water\n\n"
	  "The two-day summit ended on Saturday with a joint statement on "
	  "water sharing, the Interfax news agency reported.\n\n"
	  "Delegates agreed to meet again next year.\xc2\xa0 -Anadolu\n\n"
	  "Show More\nBack to top button",
	  "Summit ends with joint statement on water", NULL, NULL, "Anadolu",
	  "Interfax", 3, "meet again next year.", "Anadolu" },
	{ "credit in the body: reports news agency X",
	  "Factory fire kills 12 in industrial zone\n"
	  "New Delhi: A fire at a textile factory killed 12 workers on "
	  "Tuesday, reports news agency PTI.\n"
	  "\"We could not get out,\" one survivor told Reuters.\n",
	  "Factory fire kills 12 in industrial zone", NULL, "New Delhi",
	  "PTI", "Reuters", 3, "could not get out", NULL },
	{ "embedded post: text kept, attribution dropped, its date used",
	  "Factory fire: blaze contained after six hours\n"
	  "Firefighters contained the blaze at the chemical plant after six "
	  "hours, officials said.\n"
	  "Smoke rises over the plant in the eastern district "
	  "pic.twitter.com/abc123\n"
	  "\xe2\x80\x94 City Fire Service (@cityfire) 12 August 2023\n"
	  "The cause of the fire is under investigation.\n",
	  "Factory fire: blaze contained after six hours", "2023-08-12", NULL,
	  NULL, NULL, 4, "Smoke rises", "@cityfire" },
	{ "a byline whose \"By\" ran into the agency's name",
	  "Sky News\n\n"
	  "Rail workers strike over pay\n\n"
	  "ByThe Associated Press\n\n"
	  "Rail workers walked out on Monday, the union said.\n",
	  "Rail workers strike over pay", NULL, NULL, "Sky News", "AP", 2,
	  "walked out", "Associated" },
	{ "a lead that repeats a short deck and goes on is no repeat",
	  "Treaty text ready, but the sides split on the venue\n\n"
	  "The two sides gave different answers on where the treaty will "
	  "be signed.\n\n"
	  "Atlantis and Borealia said on Thursday that the text of a long "
	  "awaited treaty is final, but the two sides gave different answers "
	  "on where the treaty will be signed.\n",
	  "Treaty text ready, but the sides split on the venue", NULL, NULL,
	  NULL, NULL, 3, "said on Thursday that the text", NULL },
	{ "repeats and near repeats kept once",
	  "Fire destroys warehouse near port\n\n"
	  "A fire destroyed a large warehouse near the port on Sunday night, "
	  "the fire brigade said.\n\n"
	  "No injuries were reported, and the cause of the blaze is not yet "
	  "known.\n\n"
	  "Fire crews from three districts fought the flames for more than "
	  "five hours before the fire was under control.\n\n"
	  "No injuries were reported, and the cause of the blaze is not yet "
	  "known.\n\n"
	  "Fire crews from three districts fought the flames, for more than "
	  "five hours before the fire was under control.\n\n"
	  "A fire destroyed a large warehouse storing grain near the port on "
	  "Sunday night, the fire brigade said in a statement.\n",
	  "Fire destroys warehouse near port", NULL, NULL, NULL, NULL, 4,
	  "No injuries", "storing grain" },
	{ "tag lines and links to other stories",
	  "Summit leaders sign trade pact\n"
	  "trade summit\n"
	  "The leaders signed a trade pact on Thursday after two days of "
	  "talks.\n"
	  "READ: Leaders arrive for trade summit\n"
	  "Read also: What the pact means for farmers\n"
	  "ALSO READ | Markets rally after the deal\n"
	  "Related Posts\n"
	  "Tags: trade, summit\n",
	  "Summit leaders sign trade pact", NULL, NULL, NULL, NULL, 2,
	  "two days of talks", "trade summit" },
	{ "no headline: every line is a sentence",
	  "Rescuers pulled three people from the rubble on Tuesday.\n"
	  "The quake damaged 40 homes, the governor said.\n",
	  NULL, NULL, NULL, NULL, NULL, 2, "40 homes", NULL },
	{ "only cited: no outlet",
	  "Quake damages port\n"
	  "The port authority told AP that two cranes had collapsed.\n"
	  "According to the Yonhap news agency, ferries were suspended.\n",
	  "Quake damages port", NULL, NULL, NULL, "AP;Yonhap", 3, NULL, NULL },
	{ "dateline ALL CAPS with a full stop and a date",
	  "Talks resume in Istanbul\n"
	  "ISTANBUL. March 29. Delegations met at a palace on the Bosphorus "
	  "for a new round of talks.\n",
	  "Talks resume in Istanbul", NULL, "Istanbul", NULL, NULL, 2,
	  "Delegations met", "ISTANBUL" },
	{ "dateline with an agency code",
	  "Summit postponed\n"
	  "Beirut, MINA - The regional summit was postponed by a week, "
	  "organisers said on Monday.\n",
	  "Summit postponed", NULL, "Beirut", "MINA", NULL, 2,
	  "The regional summit", "Beirut" },
	{ "dateline with /AGENCY/",
	  "Factory fire in Kazan\n"
	  "MOSCOW, March 1 /TASS/. A fire broke out at a factory in Kazan "
	  "overnight, emergency services said.\n",
	  "Factory fire in Kazan", NULL, "Moscow", "TASS", NULL, 2,
	  "A fire broke out", "TASS" },
	{ "contributed to this report, abbreviations",
	  "Quake aftermath: Dr. Ito leads relief\n"
	  "Dr. Ito of the U.N. relief agency said 300 tents had arrived. "
	  "More are expected on Jan. 5.\n"
	  "Reuters contributed to this report.\n",
	  "Quake aftermath: Dr. Ito leads relief", NULL, NULL, "Reuters", NULL,
	  3, "More are expected on Jan. 5.", "contributed" },
	{ "bare outlet line at the end, missing space after a full stop",
	  "Warehouse fire under control\n"
	  "The blaze was brought under control by the evening.Officials "
	  "said no one was hurt.\n"
	  "(AFP)\n",
	  "Warehouse fire under control", NULL, NULL, "AFP", NULL, 3,
	  "Officials said no one was hurt.", "(AFP)" },
	{ "breadcrumb, kicker and byline around the headline",
	  "Home \xc2\xbb World \xc2\xbb Asia\n"
	  "EXCLUSIVE\n"
	  "Factory fire kills nine workers\n"
	  "By Jane Doe and Ali Khan\n"
	  "Nine workers died when a fire swept through a shoe factory on "
	  "Monday, police said.\n",
	  "Factory fire kills nine workers", NULL, NULL, NULL, NULL, 2,
	  "Nine workers died", "Jane Doe" },
	{ "a changed figure is not a repeat",
	  "Quake toll rises\n"
	  "The death toll from the earthquake rose to 40 on Tuesday, "
	  "officials said.\n"
	  "The death toll from the earthquake rose to 45 on Tuesday, "
	  "officials said.\n"
	  "The death toll from the earthquake rose to 45 on Tuesday, "
	  "officials said on Wednesday.\n",
	  "Quake toll rises", NULL, NULL, NULL, NULL, 3, "rose to 45", NULL },
	{ "a negation is not a repeat",
	  "Summit venue\n"
	  "The foreign ministry said the summit would be held in the capital "
	  "next month.\n"
	  "The foreign ministry said the summit would not be held in the "
	  "capital next month.\n",
	  "Summit venue", NULL, NULL, NULL, NULL, 3, "would not be held",
	  NULL },
	{ "dateline with a region, copyright line",
	  "G7 leaders open summit in Hiroshima\n"
	  "2023-05-19\n"
	  "HIROSHIMA, Japan (AP) \xe2\x80\x94 Leaders of the Group of Seven "
	  "opened their summit on Friday.\n"
	  "The leaders laid wreaths, Kyodo News said.\n"
	  "Copyright 2023 The Associated Press. All rights reserved.\n",
	  "G7 leaders open summit in Hiroshima", "2023-05-19", "Hiroshima",
	  "AP", "Kyodo", 3, "Leaders of the Group", "rights reserved" },
	{ "dateline without a dash, doubled dash credit",
	  "Fire at garment factory kills 17\n"
	  "Dhaka, Aug 10 (IANS) A fire broke out at a garment factory on "
	  "Thursday, officials said.\n"
	  "The cause was not immediately known.\n"
	  "--IANS\n",
	  "Fire at garment factory kills 17", NULL, "Dhaka", "IANS", NULL, 3,
	  "A fire broke out", "IANS" },
	{ "agency furniture inside and after paragraphs",
	  "Quake shakes coastal towns\n"
	  "By Staff Reporter\n"
	  "A strong quake shook coastal towns on Monday, officials said. "
	  "(With inputs from agencies)\n"
	  "Rescuers reached the area, state broadcaster TRT reported.\n"
	  "(Reporting by Jo Lee; Editing by Sam Roe)\n"
	  "Related Coverage\n",
	  "Quake shakes coastal towns", NULL, NULL, NULL, "TRT", 3,
	  "officials said.", "inputs" },
	{ "site name after the headline, attribution on the post's line",
	  "Summit hosts unveil agenda | Al Jazeera\n"
	  "Organisers unveiled the agenda of the regional summit on Monday.\n"
	  "Talks start at noon pic.twitter.com/xyz \xe2\x80\x94 Summit Desk "
	  "(@summitdesk) June 3, 2024\n"
	  "(Photo: Reuters)\n",
	  "Summit hosts unveil agenda", "2024-06-03", NULL, "Al Jazeera", NULL,
	  3, "Talks start at noon", "summitdesk" },
	{ "a masthead: a known outlet's name in capitals on its own",
	  "AL JAZEERA\n\n"
	  "Floods close schools in the north\n\n"
	  "Schools in three provinces closed on Monday after heavy rain, "
	  "officials said.\n",
	  "Floods close schools in the north", NULL, NULL, "Al Jazeera", NULL,
	  2, "three provinces", "JAZEERA" },
	{ "a masthead the dateline names: not the headline",
	  "Larkfield Courier\n\n"
	  "Ferry service resumes after storm\n\n"
	  "PORTVIEW, May 6 (Larkfield Courier) - The island ferry sailed "
	  "again on Thursday after three days in port.\n",
	  "Ferry service resumes after storm", NULL, "Portview",
	  "Larkfield Courier", NULL, 2, "island ferry", "Larkfield" },
	{ "a title-case headline ending in a section name",
	  "Protests Spread Across Asia\n"
	  "Q&A: Protesters marched in six capitals on Saturday, police "
	  "said.\n",
	  "Protests Spread Across Asia", NULL, NULL, NULL, NULL, 2,
	  "Q&A: Protesters", NULL },
	{ "a headline with a full stop, repeated below",
	  "Rescue teams reach quake zone.\n\n"
	  "Rescue teams reach quake zone.\n\n"
	  "Teams from four provinces reached the villages on Tuesday.\n",
	  "Rescue teams reach quake zone.", NULL, NULL, NULL, NULL, 2,
	  "four provinces", NULL },
	{ "the page date wins over an embedded post's",
	  "Published: 2 March 2024\n"
	  "Summit closes with pledge\n"
	  "Leaders pledged new funds at the close of the summit.\n"
	  "\xe2\x80\x94 Summit Desk (@summitdesk) March 1, 2024\n",
	  "Summit closes with pledge", "2024-03-02", NULL, NULL, NULL, 2,
	  "pledged new funds", "Summit Desk" },
	{ "a kicker over the headline",
	  "Pacific Quake Watch\n"
	  "Strong quake shakes islands, no tsunami warning issued\n"
	  "A strong quake shook the islands on Monday, officials said.\n",
	  "Strong quake shakes islands, no tsunami warning issued", NULL,
	  NULL, NULL, NULL, 2, "officials said", "Watch" },
	{ "a long menu above the story",
	  "Skip to content\nMenu\nSearch\nHome\nWorld\nPolitics\nBusiness\n"
	  "Sport\nOpinion\nVideo\nLog in\n"
	  "June 3, 2024\n"
	  "Factory blaze forces evacuation of nearby homes\n"
	  "Hundreds of residents left their homes as a fire spread through "
	  "a paint factory on Monday.\n",
	  "Factory blaze forces evacuation of nearby homes", "2024-06-03",
	  NULL, NULL, NULL, 2, "paint factory", NULL },
	{ "a masthead with a slogan after a dash, buttons of a cookie notice",
	  "We use cookies to improve our site.\n"
	  "Yes, I accept\n"
	  "No, thanks\n"
	  "Euronews - Latest news, analysis and video from Europe\n"
	  "Floods close schools in the north\n"
	  "Schools in three provinces closed on Monday after heavy rain, "
	  "officials said.\n",
	  "Floods close schools in the north", NULL, NULL, "Euronews", NULL,
	  2, "three provinces", "Latest news" },
	{ "a masthead in two scripts, a breadcrumb with slashes",
	  "\xce\x95\xce\xa1\xce\xa4 | Hellenic Broadcasting Corporation\n"
	  "Home / Science\n"
	  "Storm cuts power to island villages\n"
	  "Power was cut to 30 villages on Crete overnight, the operator "
	  "said.\n",
	  "Storm cuts power to island villages", NULL, NULL, "ERT", NULL, 2,
	  "30 villages", "Science" },
	{ "a byline naming the outlet, a photo credit is no copyright",
	  "Rail workers strike over pay across the whole region\n"
	  "By Ana Ruiz, Sky News\n"
	  "\xc2\xa9 Reuters / Jo Lee\n"
	  "Rail workers walked out on Monday, the union said.\n",
	  "Rail workers strike over pay across the whole region", NULL, NULL,
	  "Sky News", NULL, 2, "walked out", "Ana Ruiz" },
	{ "a copyright footer names the outlet",
	  "Rail workers strike over pay\n"
	  "Rail workers walked out on Monday, the union said.\n"
	  "\xc2\xa9 2025 Larkfield Courier Ltd. All rights reserved.\n",
	  "Rail workers strike over pay", NULL, NULL, "Larkfield Courier Ltd",
	  NULL, 2, "walked out", "rights" },
	{ "a known masthead before a parent company's copyright",
	  "Sky News\n\n"
	  "Rail workers strike over pay\n"
	  "Rail workers walked out on Monday, the Tarvel daily La Voz Norte "
	  "reported.\n"
	  "\xc2\xa9 2025 Larkfield Media Group. All rights reserved.\n",
	  "Rail workers strike over pay", NULL, NULL, "Sky News",
	  "La Voz Norte", 2, "walked out", "rights" },
	{ "a page metadata line: site name and date",
	  "{\"og:type\": \"article\", \"og:site_name\": \"Harbour Gazette\", "
	  "\"article:published_time\": \"2024-05-02T08:00:00Z\"}\n"
	  "Ferry service resumes after storm\n"
	  "The island ferry sailed again on Thursday after three days in "
	  "port.\n",
	  "Ferry service resumes after storm", "2024-05-02", NULL,
	  "Harbour Gazette", NULL, 2, "island ferry", "og:" },
	{ "a slashed date does not hide the dateline below it",
	  "Euronews - Latest news, analysis and video from Europe\n"
	  "Ferry service resumes after storm\n"
	  "Published on: 05/06/2024 - 16:45\n"
	  "Port Said (AFP) \xe2\x80\x93 The ferry sailed again on Thursday "
	  "after three days in port.\n",
	  "Ferry service resumes after storm", "2024-06-05", "Port Said",
	  "AFP", NULL, 2, "The ferry sailed", "(AFP)" },
	{ "headings of furniture: a caption, links to other stories",
	  "Latest News\n"
	  "Dam repairs begin after spring floods\n"
	  "Image caption,\n"
	  "Workers inspect the cracked wall of the dam\n"
	  "Repairs to the dam began on Monday, the water authority said.\n"
	  "Related Stories\n"
	  "Floods force thousands from their homes\n"
	  "What caused the spring floods\n"
	  "Engineers expect the work to take a year.\n",
	  "Dam repairs begin after spring floods", NULL, NULL, NULL, NULL, 3,
	  "take a year", "What caused" },
	{ "a heading's run ends at a punctuated line",
	  "Dam repairs begin after spring floods\n"
	  "Repairs to the dam began on Monday, the water authority said.\n"
	  "Most Read\n"
	  "Floods force thousands from their homes\n"
	  "Engineers expect the work to take a year.\n"
	  "Engineers And Divers At Work\n"
	  "14 divers checked the base of the wall on Tuesday.\n",
	  "Dam repairs begin after spring floods", NULL, NULL, NULL, NULL, 5,
	  "Divers At Work", "Floods force" },
	{ "bylines by their words and agencies, a relative time stamp",
	  "Dam repairs begin after spring floods\n"
	  "Published 2 hours ago\n"
	  "Staff and agencies in Tromso\n"
	  "Repairs to the dam began on Monday, the water authority said.\n"
	  "Hospital staff help evacuees\n"
	  "Sign up to The Morning Brief, our daily newsletter\n"
	  "TAGS: Dams, Floods\n",
	  "Dam repairs begin after spring floods", NULL, NULL, NULL, NULL, 3,
	  "Hospital staff", "Tromso" },
	{ "a byline with agencies: cites, not the outlet",
	  "Dam repairs begin after spring floods\n"
	  "Maria Lind with AFP, dpa and Reuters\n"
	  "Repairs to the dam began on Monday, the water authority said.\n"
	  "Engineers were seen with Reuters cameras at the site.\n",
	  "Dam repairs begin after spring floods", NULL, NULL, NULL,
	  "AFP;dpa;Reuters", 3, "Engineers", "Lind" },
	{ "a section's name and a date line over the headline",
	  "Conflict in the north\n"
	  "June 20, 2027, 17:05\n"
	  "\n"
	  "About 3,000 civilians leave Vesi through humanitarian corridor\n"
	  "About 3,000 civilians left Vesi over two days, the ministry "
	  "said.\n",
	  "About 3,000 civilians leave Vesi through humanitarian corridor",
	  "2027-06-20", NULL, NULL, NULL, 2, "ministry said", "Conflict" },
	{ "a short headline over a byline is no kicker",
	  "Dam wall cracks\n"
	  "By ANA RUIZ and JO LEE\n"
	  "The wall of the dam cracked on Monday, engineers said.\n",
	  "Dam wall cracks", NULL, NULL, NULL, NULL, 2, "engineers said",
	  "RUIZ" },
	{ "a short headline over a date line is no kicker",
	  "Dam wall cracks\n"
	  "Monday, 3 March 2025, 10:45\n"
	  "The wall of the dam cracked on Monday, engineers said.\n",
	  "Dam wall cracks", "2025-03-03", NULL, NULL, NULL, 2,
	  "engineers said", NULL },
	{ "a dateline in brackets after the date",
	  "Ferry service resumes after storm\n"
	  "June 5, 2024 (PORT SAID) \xe2\x80\x93 The ferry sailed again on "
	  "Thursday after three days in port.\n"
	  "May 2024 (in brief) - a line that is no dateline.\n",
	  "Ferry service resumes after storm", "2024-06-05", "Port Said", NULL,
	  NULL, 3, "The ferry sailed", "PORT SAID" },
	{ "a source line with agencies credits the known outlet",
	  "Storm cuts power to island villages\n"
	  "Power was cut to 30 villages overnight, the Greek broadcaster ERT "
	  "reported.\n"
	  "Source: Euronews and news agencies\n",
	  "Storm cuts power to island villages", NULL, NULL, "Euronews", "ERT",
	  2, "30 villages", "agencies" },
	{ "a source line with a time stamp: outlet and date, no self-cite",
	  "Source: Xinhua| 2025-06-01 09:10:11|Editor: Lu Wen\n"
	  "Ferry service resumes after storm\n"
	  "PORTVIEW, June 1 (Xinhua) -- The island ferry sailed again on "
	  "Sunday, the state news agency Anadolu reported.\n",
	  "Ferry service resumes after storm", "2025-06-01", "Portview",
	  "Xinhua", "Anadolu", 2, "The island ferry", "Editor" },
	{ "a menu line over the headline, share bars, a time stamp",
	  "World Politics Business Sport Asia Opinion\n"
	  "Ferry service resumes after storm\n"
	  "Share on Facebook Share via Email\n"
	  "Link copied!\n"
	  "Updated at 09.15 GMT\n"
	  "The island ferry sailed again on Thursday after three days in "
	  "port.\n",
	  "Ferry service resumes after storm", NULL, NULL, NULL, NULL, 2,
	  "island ferry", "Politics" },
	{ "a caption with a photo credit, a contributor, reader comments",
	  "Ferry service resumes after storm\n"
	  "The island ferry sailed again on Thursday after three days in "
	  "port.\n"
	  "Passengers queue at the harbour on Thursday. (Gazette Photo)\n"
	  "Engineers checked the hull overnight, the operator said.\n"
	  "Jo Lee in Portview contributed reporting.\n"
	  "4 comments\n"
	  "Sam R. 2 hours ago\n"
	  "Finally the ferry is back, and about time too.\n"
	  "Log in to reply\n",
	  "Ferry service resumes after storm", NULL, NULL, NULL, NULL, 3,
	  "Engineers checked", "about time" },
	{ "a tagline over the sections, an agency's masthead with words",
	  "Xinhua News Agency\n"
	  "Independent reporting for the island communities since 1950\n"
	  "World\n"
	  "Europe\n"
	  "Ferry service resumes after storm\n"
	  "The island ferry sailed again on Thursday after three days in "
	  "port.\n",
	  "Ferry service resumes after storm", NULL, NULL, "Xinhua", NULL, 2,
	  "island ferry", "Independent" },
	{ "a masthead, a line of descriptors, a section label with \"&\"",
	  "XINHUA\n"
	  "News agency\n"
	  "Politics & Diplomacy\n"
	  "Ferry service resumes after storm\n"
	  "The island ferry sailed again on Thursday after three days in "
	  "port.\n",
	  "Ferry service resumes after storm", NULL, NULL, "Xinhua", NULL, 2,
	  "island ferry", "agency" },
	{ "a dateline with the day before the month",
	  "Ferry service resumes after storm\n"
	  "Lviv, 6 May (Ukrinform) - The island ferry sailed again on "
	  "Thursday after three days in port.\n",
	  "Ferry service resumes after storm", NULL, "Lviv", "Ukrinform",
	  NULL, 2, "The island ferry", "Lviv" },
	{ "a dateline with a full date in figures: the page date",
	  "Ferry service resumes after storm\n"
	  "Bukavu, 6.5.2025 \xe2\x80\x93 The island ferry sailed again on "
	  "Thursday after three days in port.\n",
	  "Ferry service resumes after storm", "2025-05-06", "Bukavu", NULL,
	  NULL, 2, "The island ferry", "2025" },
	{ "a dateline with a full date in words: the page date",
	  "Ferry service resumes after storm\n"
	  "Bukavu, May 6, 2025 \xe2\x80\x93 The island ferry sailed again on "
	  "Thursday after three days in port.\n",
	  "Ferry service resumes after storm", "2025-05-06", "Bukavu", NULL,
	  NULL, 2, "The island ferry", "Bukavu" },
	{ "a doubled dash after the dateline",
	  "Ferry service resumes after storm\n"
	  "PORTVIEW, June 1 (AFP) -- The island ferry sailed again on "
	  "Thursday after three days in port.\n",
	  "Ferry service resumes after storm", NULL, "Portview", "AFP", NULL,
	  2, "The island ferry", "- The" },
	{ "an agency in brackets and a dash open the text",
	  "Ferry service resumes after storm\n"
	  "(AFP) \xe2\x80\x94 The island ferry sailed again on Thursday after "
	  "three days in port.\n",
	  "Ferry service resumes after storm", NULL, NULL, "AFP", NULL, 2,
	  "The island ferry", "(AFP)" },
	{ "a place in capitals before the date of a date line",
	  "Ferry service resumes after storm\n"
	  "PORTVIEW June 01, 2025 - 10:05 am GMT+3\n"
	  "The island ferry sailed again on Thursday after three days in "
	  "port.\n",
	  "Ferry service resumes after storm", "2025-06-01", "Portview", NULL,
	  NULL, 2, "The island ferry", "PORTVIEW" },
	{ "a label in capitals before a date is no place",
	  "Ferry service resumes after storm\n"
	  "UPDATED June 01, 2025 - 10:05\n"
	  "The island ferry sailed again on Thursday after three days in "
	  "port.\n",
	  "Ferry service resumes after storm", "2025-06-01", NULL, NULL,
	  NULL, 2, "The island ferry", "UPDATED" },
	{ "a place after the comma of a byline by its words",
	  "Ferry service resumes after storm\n"
	  "Staff Reporter, Port Alma\n"
	  "The island ferry sailed again on Thursday after three days in "
	  "port.\n",
	  "Ferry service resumes after storm", NULL, "Port Alma", NULL, NULL,
	  2, "The island ferry", "Reporter" },
	{ "names after the comma of a byline are no place",
	  "Ferry service resumes after storm\n"
	  "By Jo Lee, Ana Ruiz\n"
	  "Sam Roe, Staff Reporter\n"
	  "The island ferry sailed again on Thursday after three days in "
	  "port.\n",
	  "Ferry service resumes after storm", NULL, NULL, NULL, NULL, 2,
	  "The island ferry", "Ruiz" },
	{ "a comments button without a count ends nothing",
	  "Ferry service resumes after storm\n"
	  "The island ferry sailed again on Thursday after three days in "
	  "port.\n"
	  "Comments\n"
	  "Engineers checked the hull overnight, the operator said.\n",
	  "Ferry service resumes after storm", NULL, NULL, NULL, NULL, 3,
	  "Engineers checked", "Comments" },
	{ "a section label under the headline, over a standfirst",
	  "Ferry Service Resumes As Storm Passes\n"
	  "World\n"
	  "Islanders cheer the return of the morning crossing\n"
	  "The island ferry sailed again on Thursday after three days in "
	  "port.\n",
	  "Ferry Service Resumes As Storm Passes", NULL, NULL, NULL, NULL, 3,
	  "Islanders cheer", NULL },
	{ "a tagline over one section and a headline with a byline",
	  "Independent reporting for the islands since 1950\n"
	  "World\n"
	  "Ferry service resumes after storm\n"
	  "By Jo Lee\n"
	  "The island ferry sailed again on Thursday after three days in "
	  "port.\n",
	  "Ferry service resumes after storm", NULL, NULL, NULL, NULL, 2,
	  "island ferry", "Independent" },
	{ "a two-item bar of print-edition labels is no headline",
	  "Print Edition | Front Page\n\n"
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  2, "ferry line", "Front Page" },
	{ "a real headline with a bar in it stays the headline",
	  "Ferry service resumes | Islanders cheer the first boat in days\n\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes | Islanders cheer the first boat in days",
	  NULL, NULL, NULL, NULL, 2, "ferry line", NULL },
	{ "a stamp between bars: section, agency, date; the site cites it",
	  "Ferry service resumes after winter storm\n\n"
	  "World News | Agence France-Presse | Updated: March 4, 2031 9:10 "
	  "am GMT\n\n"
	  "The ferry line reopened on Monday, operators said.\n"
	  "Follow Larkfield Courier on Facebook, X and Instagram\n",
	  "Ferry service resumes after winter storm", "2031-03-04", NULL,
	  "Larkfield Courier", "AFP", 2, "ferry line", "Updated" },
	{ "a stamp's agency is the outlet when nothing else names one",
	  "Ferry service resumes after winter storm\n"
	  "Xinhua | 2031-03-04 09:10\n\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes after winter storm", "2031-03-04", NULL,
	  "Xinhua", NULL, 2, "ferry line", "09:10" },
	{ "a place and a colon on its own line over the text",
	  "Ferry service resumes after winter storm\n\n"
	  "Tromso:\n\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes after winter storm", NULL, "Tromso", NULL,
	  NULL, 2, "ferry line", "Tromso:" },
	{ "a label and a colon over the text is no dateline",
	  "Ferry service resumes after winter storm\n\n"
	  "Highlights:\n\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL,
	  NULL, -1, "ferry line", NULL },
	{ "a name in capitals, an outlet's staff writer: a byline",
	  "Ferry service resumes after winter storm\n"
	  "JO ANN LEE, Xinhua staff writer\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, "Xinhua",
	  NULL, 2, "ferry line", "staff writer" },
	{ "a syndication notice and a promotion of the site's address",
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n"
	  "(Except for the headline, this story has not been edited by "
	  "Courier staff and is published from a syndicated feed.)\n"
	  "Track Latest News Live on courier.example and get news updates "
	  "from the islands and around the world\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  2, "ferry line", "syndicated" },
	{ "a promotion of the site's address is no sentence",
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n"
	  "Track Latest News Live on courier.example and get news updates "
	  "from the islands and around the world\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  2, "ferry line", "Track" },
	{ "a web address in a sentence of the text stays",
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n"
	  "Visit ferry.example for timetables, the operator said.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  3, "timetables", NULL },
	{ "a paywall notice ends the free part",
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n"
	  "The rest of this article is available to subscribers. Subscribe "
	  "to read more.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  2, "ferry line", "rest of this" },
	{ "a sentence that starts \"The rest of\" stays",
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n"
	  "The rest of the passengers waited on the pier until noon.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  3, "rest of the passengers", NULL },
	{ "a wire's end marker after the last sentence is cut",
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n"
	  "The first crossing took two hours, the captain said. Enditem\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  3, "the captain said.", "Enditem" },
	{ "end markers on their own lines",
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n"
	  "ENDS\n"
	  "-- END --\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  2, "ferry line", "END" },
	{ "a sentence containing \"ends\" stays whole",
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n"
	  "The strike ends on Friday, the union said. Crews chanted that it "
	  "ENDS\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  4, "chanted that it ENDS", NULL },
	{ "a wire on a bare line yields to the site the address names",
	  "https://www.dailysabah.example/world/ferry-3174\n\n"
	  "Updated 4 March 2031\n\n"
	  "Reuters\n\n"
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes after winter storm", "2031-03-04", NULL,
	  "Daily Sabah", "Reuters", 2, "ferry line", "dailysabah" },
	{ "a wire on a bare line yields to the site a handle names",
	  "Ferry service resumes after winter storm\n\n"
	  "Reuters\n\n"
	  "The ferry line reopened on Monday, operators said.\n"
	  "Follow @dailysabah on X\n",
	  "Ferry service resumes after winter storm", NULL, NULL,
	  "Daily Sabah", "Reuters", 2, "ferry line", "Follow" },
	{ "a wire on a bare line, no site named: the wire's story",
	  "Ferry service resumes after winter storm\n\n"
	  "Reuters\n\n"
	  "The ferry line reopened on Monday, operators said.\n"
	  "Follow @harbourpost on X\n",
	  "Ferry service resumes after winter storm", NULL, NULL,
	  "Reuters", NULL, 2, "ferry line", NULL },
	{ "a follow line names the site; a follow-up sentence stays",
	  "Ferry service resumes after storm\n"
	  "The island ferry sailed again on Thursday after three days in "
	  "port.\n"
	  "Follow up inspections are planned on the ferry next week.\n"
	  "Follow Larkfield Courier on Facebook, X and Instagram\n",
	  "Ferry service resumes after storm", NULL, NULL,
	  "Larkfield Courier", NULL, 3, "inspections", "Instagram" },
	{ "a byline label with a colon: \"Text by:\"",
	  "Ferry service resumes after winter storm\n\n"
	  "Text by: STAFF WRITERS\n\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  2, "ferry line", "STAFF" },
	{ "an outlet and its bureau under the reporter's name is a byline",
	  "Ferry service resumes after winter storm\n\n"
	  "Jane Roe\n"
	  "Al Jazeera, Tromso\n\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes after winter storm", NULL, "Tromso",
	  "Al Jazeera", NULL, 2, "ferry line", "Tromso" },
	{ "a sentence naming an outlet and a place stays",
	  "Ferry service resumes after winter storm\n\n"
	  "Al Jazeera, Tromso and Bodo reported the ferry line had reopened."
	  "\n\n"
	  "Operators said the boats were full on Monday.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  3, "Tromso and Bodo", NULL },
	{ "a publisher's name right under the byline is its affiliation",
	  "Ferry service resumes after winter storm\n\n"
	  "By Jane Roe\n"
	  "Northwind Media Group\n\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  2, "ferry line", "Northwind" },
	{ "a line under the byline that names no firm stays",
	  "Ferry service resumes after winter storm\n\n"
	  "By Jane Roe\n"
	  "Ferry Passengers Queue At Dawn\n\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  3, "Queue At Dawn", NULL },
	{ "a paragraph right under the byline stays",
	  "Ferry service resumes after winter storm\n\n"
	  "By Jane Roe\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  2, "ferry line", NULL },
	{ "a caption under an image credit before the text",
	  "Ferry service resumes after winter storm\n\n"
	  "Getty Images\n"
	  "Passengers board the first ferry in Tromso\n\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  2, "ferry line", "Passengers board" },
	{ "a dated caption under a barred photo credit inside the text",
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n\n"
	  "PHOTO | JANE ROE | NORTHWIND\n"
	  "Passengers board the first ferry in Tromso, on March 3, 2026.\n\n"
	  "More sailings are planned for the weekend.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  3, "More sailings", "Passengers board" },
	{ "a headline under a section named by a photo word stays",
	  "Photos\n"
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  2, "ferry line", NULL },
	{ "a paragraph that reports under a photo credit stays",
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n\n"
	  "PHOTO | JANE ROE | NORTHWIND\n"
	  "Three passengers were hurt in the rush, police said.\n\n"
	  "More sailings are planned for the weekend.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  4, "Three passengers", NULL },
	{ "links under a heading may be questions; topics under theirs",
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n\n"
	  "Related\n"
	  "Fjord ferries: Why is the sea so rough this year?\n"
	  "Harbour fees to rise in spring\n\n"
	  "Recommended Topics:\n"
	  "Transport\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  2, "ferry line", "so rough" },
	{ "headlines below the last paragraph are links",
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n\n"
	  "More sailings are planned for the weekend.\n\n"
	  "Harbour fees to rise in spring\n"
	  "Storm closes the coast road for a week\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  3, "More sailings", "coast road" },
	{ "a list below the last paragraph stays; so does a one-paragraph "
	  "text's last line",
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n\n"
	  "More sailings are planned for the weekend.\n\n"
	  "- 12 sailings a day from Tromso\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  4, "12 sailings", NULL },
	{ "a text of one paragraph keeps the line after it",
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n\n"
	  "Passengers will need a new ticket from the harbour office\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  3, "new ticket", NULL },
	{ "a caption ending with a full date between headline and text",
	  "Ferry service resumes after winter storm\n\n"
	  "Passengers board the first ferry in Tromso, on March 3, 2026.\n\n"
	  "The ferry line reopened on Monday, operators said.\n\n"
	  "The state of emergency ends on March 31, 2026.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  3, "state of emergency", "Passengers board" },
	{ "a standfirst that reports a dated fact stays",
	  "Ferry service resumes after winter storm\n\n"
	  "The line will reopen on March 3, 2026, operators said.\n\n"
	  "The ferry line was closed by the storm.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  3, "will reopen", NULL },
	{ "a place in capitals under a deck without a full stop",
	  "Ferry service resumes after winter storm\n\n"
	  "Operators add sailings, say the line is safe again\n\n"
	  "TROMSO\n\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes after winter storm", NULL, "Tromso", NULL,
	  NULL, 3, "add sailings", "TROMSO" },
	{ "a question in the text is no link; a long one under a heading",
	  "Ferry service resumes after winter storm\n\n"
	  "Will the ferries keep to the timetable this winter?\n\n"
	  "The ferry line reopened on Monday, operators said.\n\n"
	  "Related\n"
	  "Why did the operators wait so long before sending the two ferries "
	  "back to sea after the storm had passed?\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  4, "timetable", NULL },
	{ "a notice of two sentences goes whole",
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n\n"
	  "Advertisement. Scroll on to read the rest.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL, 2,
	  "ferry line", "Scroll on" },
	{ "an appeal: a question and a notice",
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n\n"
	  "Were you on the ferry? You can contact us by email.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL, 2,
	  "ferry line", "on the ferry?" },
	{ "a question before a sentence of the text stays",
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n\n"
	  "Were you on the ferry? The union asked passengers to write.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL, 4,
	  "on the ferry?", NULL },
	{ "a credit after a paragraph goes, the paragraph stays",
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday. Operators said so. (With "
	  "inputs from agencies)\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL, 3,
	  "Operators said so", "inputs" },
	{ "a copyright notice inside the footer line",
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n"
	  "The first sailing left at dawn with 40 passengers.\n\n"
	  "Fjord Media, Inc. Copyright \xc2\xa9 2031 Fjord Media, Inc. All "
	  "Rights Reserved.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL, 3,
	  "first sailing", "Fjord Media" },
	{ "a caption whose credit follows a dash",
	  "Ferry service resumes after winter storm\n\n"
	  "Divers inspect the hull in the harbour. \xe2\x80\x93 Photo "
	  "courtesy of Coast Watch\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL, 2,
	  "ferry line", "Divers inspect" },
	{ "a caption whose credit follows a slash",
	  "Ferry service resumes after winter storm\n\n"
	  "Divers near the pier at Lerwick. / Fjord Press Desk\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL, 2,
	  "ferry line", "Divers near" },
	{ "a verbless caption a blank line under its credit",
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n\n"
	  "The first sailing left at dawn with 40 passengers.\n\n"
	  "Photo: Fjord Press\n\n"
	  "The harbour master during a briefing in Lerwick.\n\n"
	  "Read also\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL, 3,
	  "first sailing", "harbour master" },
	{ "a short verbless caption under its credit, inside the text",
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n\n"
	  "Photo: Fjord Press\n\n"
	  "Passengers on the quay at Lerwick at dawn.\n\n"
	  "The first sailing left at dawn with 40 passengers.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  3, "first sailing", "on the quay" },
	{ "a paragraph with a verb under a credit stays",
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n\n"
	  "The first sailing left at dawn with 40 passengers.\n\n"
	  "Photo: Fjord Press\n\n"
	  "The pier had been flagged for repairs, residents alleged.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL, 4,
	  "flagged for repairs", NULL },
	{ "an author line, a staff report credit",
	  "Ferry service resumes after winter storm\n\n"
	  "Author Jo Lee\n"
	  "Fjord Online Report\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL, 2,
	  "ferry line", "Jo Lee" },
	{ "a staff report credit over the date",
	  "Ferry service resumes after winter storm\n\n"
	  "Fjord Online Report\n"
	  "Wed Jun 3, 2031 04:15 PM\n\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes after winter storm", "2031-06-03", NULL, NULL,
	  NULL, 2, "ferry line", "Online Report" },
	{ "an author's name after the label of a sentence stays",
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n"
	  "Author Jo Lee wrote about the storm in 2029.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL, 3,
	  "Author Jo Lee", NULL },
	{ "a correspondent's service and place under the name",
	  "Ferry service resumes after winter storm\n\n"
	  "Jo Hansen\n"
	  "BBC Norwegian, Bergen\n\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes after winter storm", NULL, "Bergen", "BBC",
	  NULL, 2, "ferry line", "BBC Norwegian" },
	{ "links under a heading that recommends",
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n"
	  "The first sailing left at dawn with 40 passengers.\n"
	  "Fjord Gazette recommends\n"
	  "Why did the ferries stop running?\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL, 3,
	  "first sailing", "stop running" },
	{ "links under a heading naming more from a site",
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n"
	  "The first sailing left at dawn with 40 passengers.\n"
	  "More from Fjord Gazette\n"
	  "Gulls return to the harbour after the storm\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  3, "first sailing", "Gulls return" },
	{ "\"More from\" before a word in lower case heads nothing",
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n\n"
	  "More from the northern isles\n"
	  "Gulls return to the harbour after the storm and its long nights\n\n"
	  "The first sailing left at dawn with 40 passengers.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  -1, "long nights", NULL },
	{ "a date and a time alone, a language switcher",
	  "NO EN DE\n"
	  "Ferry service resumes after winter storm\n"
	  "3 June 2031\n"
	  "June 3, 2031, 10:40 A.M.\n\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes after winter storm", "2031-06-03", NULL, NULL,
	  NULL, 2, "ferry line", "10:40" },
	{ "a menu column, one item a line: the headline is within reach",
	  "FJORD DAILY\nNorway\nPolitics\nDiplomacy\nLegislation\n"
	  "Harbour Life And Weather\nBusiness\nOpinion\nSports\nArts\nLife\n"
	  "Subscribe\nEN\n\nNORWAY\n\n"
	  "Ferry service resumes after winter storm\n\n"
	  "by FJORD DAILY WITH AGENCIES\n\n"
	  "BERGEN Jun 3, 2031 - 10:41 am GMT+2\n\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes after winter storm", "2031-06-03", "Bergen",
	  NULL, NULL, 2, "ferry line", "Harbour Life" },
	{ "a short headline under a menu column stays the headline",
	  "Home\nNews\nFerries\nOpinion\nSport\nFerry Strike Ends Today\n"
	  "By Jo Lee\n\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry Strike Ends Today", NULL, NULL, NULL, NULL, 2, "ferry line",
	  "Sport" },
	{ "a tagline right over a menu column",
	  "Skip to main content\n"
	  "Trusted tide tables and harbour data for skippers\n"
	  "Fjord home\nWorld\nBusiness\nMarkets\nWeather\nLegal\nMore\n"
	  "My News\nSign In\nRegister\n\nEurope\n\n"
	  "Ferry service resumes after winter storm\n\nBy Jo Lee\n\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  2, "ferry line", "tide tables" },
	{ "below the text, links under a section's name",
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n\n"
	  "The first sailing left at dawn with 40 passengers.\n\n"
	  "Europe\n"
	  "Gulls return to the harbour after the storm\n\n"
	  "Harbour fees rose by a tenth last year, the board said.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  4, "fees rose", "Gulls return" },
	{ "a caption ending in a bracketed agency",
	  "Ferry service resumes after winter storm\n\n"
	  "Relatives wait for news at the pier in Lerwick [Xinhua]\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  2, "ferry line", "Relatives wait" },
	{ "a bracketed word that names no agency stays",
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n"
	  "The operators thanked the crews of the two ships [sic]\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  3, "[sic]", NULL },
	{ "the publisher's line first in a menu column",
	  "Ferry service resumes after winter storm\n"
	  "Harbour Board of Shetland\n"
	  "Home\nNews\nFerries\nOpinion\n\n"
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  2, "ferry line", "Harbour Board" },
	{ "the headline over a menu column, repeated below, stays",
	  "Skip to main content\n"
	  "Ferry service resumes after winter storm\n"
	  "Home\nNews\nFerries\nOpinion\nSport\n\n"
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  2, "ferry line", "Sport" },
	{ "a title-case item inside a menu run is no headline",
	  "Harbour Gazette\n"
	  "Skip to content\n"
	  "Coastal Weather\n"
	  "Port Life\n"
	  "Fishing Fleet\n"
	  "Sign in\n\n"
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  2, "ferry line", "Coastal Weather" },
	{ "the last item of a menu run, a LIVE badge over the headline",
	  "Skip links\n"
	  "Live\n"
	  "Main menu\n"
	  "Regions\n"
	  "Storm Watch\n\n"
	  "LIVE\n"
	  "Ferry service resumes live: operators add winter sailings\n\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes live: operators add winter sailings", NULL,
	  NULL, NULL, NULL, 2, "ferry line", "Storm Watch" },
	{ "a tagline over a long menu run and a section label",
	  "Skip to main content\n"
	  "Trusted reporting for shipping professionals\n"
	  "Harbour home\n"
	  "Ports\n"
	  "Cargo\n"
	  "Shipyards\n"
	  "Insurance\n"
	  "Crew Matters\n"
	  "Maritime Law\n"
	  "Sign In\n"
	  "Register\n\n"
	  "Northern Routes\n\n"
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  2, "ferry line", "shipping professionals" },
	{ "the headline with the site's name over a menu run stays",
	  "Ferry service resumes after winter storm | Harbour Gazette\n"
	  "Subscribe\n"
	  "Ports\n"
	  "Cargo\n"
	  "Shipyards\n"
	  "Ferry service resumes after winter storm\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes after winter storm", NULL, NULL,
	  "Harbour Gazette", NULL, -1, "ferry line", "Shipyards" },
	{ "three short lines are no menu run",
	  "Ports\n"
	  "Cargo\n"
	  "Harbour Weekly Round\n\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Harbour Weekly Round", NULL, NULL, NULL, NULL, 2, "ferry line",
	  NULL },
	{ "a page translated: the translated headline under the original",
	  "Fähren fahren nach dem Wintersturm wieder\n"
	  "Ferry service resumes after winter storm\n"
	  "This article has been machine-translated from Norwegian.\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  2, "ferry line", "Wintersturm" },
	{ "a banner saying the page is translated stops no headline",
	  "This page has been automatically translated from Italian. View "
	  "original\n\n"
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  2, "ferry line", "View original" },
	{ "a date in brackets after the place is no agency",
	  "Ferry service resumes after winter storm\n\n"
	  "TROMSO (Mar 3): The ferry line reopened on Monday, operators "
	  "said.\n",
	  "Ferry service resumes after winter storm", NULL, "Tromso", NULL,
	  NULL, 2, "The ferry line reopened", "(Mar 3)" },
	{ "an unknown site's name after the headline repeated below it",
	  "Ferry service resumes after winter storm - Fjord Courier Online\n"
	  "Ferry service resumes after winter storm\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes after winter storm", NULL, NULL,
	  "Fjord Courier Online", NULL, 2, "ferry line", "Courier" },
	{ "a dash in a headline not repeated below stays",
	  "Ferry service resumes - operators add sailings\n\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes - operators add sailings", NULL, NULL, NULL,
	  NULL, 2, "ferry line", NULL },
	{ "a headline's topic before a colon is no dateline",
	  "Weekly harbour round-up\n"
	  "Weekly harbour round-up\n\n"
	  "Ferry strike: Operators add winter sailings\n\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Weekly harbour round-up", NULL, NULL, NULL, NULL, -1,
	  "Ferry strike: Operators", NULL },
	{ "the dateline under a repeated headline and a caption",
	  "Ferry service resumes after winter storm - Fjord Courier Online\n"
	  "Ferry service resumes after winter storm\n"
	  "Crews ready the ferry at the quay \xe2\x80\x93 Photo by Harbour "
	  "Office\n"
	  "TROMSO, March 3 \xe2\x80\x94 The ferry line reopened on Monday, "
	  "operators said.\n"
	  "Two more ferries sail next week.\n",
	  "Ferry service resumes after winter storm", NULL, "Tromso",
	  "Fjord Courier Online", NULL, -1, "The ferry line reopened",
	  "TROMSO" },
	{ "an agency's abbreviation the text defines as something else",
	  "Ferry service resumes after winter storm\n\n"
	  "The Harbour Association of Pilots (AP) said the line reopened "
	  "on Monday.\n"
	  "The AP said two more ferries sail next week, Reuters reported.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL,
	  "Reuters", 3, "two more ferries", NULL },
	{ "an agency's abbreviation after its own name still cites it",
	  "Ferry service resumes after winter storm\n\n"
	  "The line reopened on Monday, the Associated Press (AP) "
	  "reported.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, "AP",
	  2, "line reopened", NULL },
	{ "a place before an agency in brackets defines nothing",
	  "Ferry service resumes after winter storm\n\n"
	  "The line reopened on Monday, operators said.\n"
	  "Crews worked through the night to clear the quay.\n"
	  "Tirana Port (TP) \xe2\x80\x93 Two more ferries sail next week, "
	  "an official said.\n"
	  "Tirana (AFP) \xe2\x80\x93 The AFP tally of sailings rose.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, "AFP",
	  5, "Two more ferries", NULL },
	{ "a byline of an outlet with an agency's copy",
	  "Ferry service resumes after winter storm\n\n"
	  "by AL JAZEERA WITH REUTERS\n\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes after winter storm", NULL, NULL,
	  "Al Jazeera", "Reuters", 2, "ferry line", "REUTERS" },
	{ "an outlet's language service and its bureau under the byline",
	  "Ferry service resumes after winter storm\n\n"
	  "Marta Olsen\n"
	  "BBC Norwegian, Tromso\n\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes after winter storm", NULL, "Tromso", "BBC",
	  NULL, 2, "ferry line", "Norwegian" },
	{ "a machine translation's notice; a sentence on translation stays",
	  "Machine translation\n\n"
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n"
	  "Her letter was translated from Sami by the operators.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  3, "translated from Sami", "Machine" },
	{ "a page translated: the translated headline over the original",
	  "Ferry service resumes after the winter storm\n"
	  "Fergene seiler igjen etter vinterstormen\n"
	  "This article has been machine-translated from Norwegian.\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes after the winter storm", NULL, NULL, NULL,
	  NULL, -1, "ferry line", NULL },
	{ "an outlet's name inside a menu run is a section, no credit",
	  "Harbour Weekly\n"
	  "Ports\n"
	  "Al Jazeera\n"
	  "Cargo\n"
	  "Opinion\n\n"
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  2, "ferry line", "Al Jazeera" },
	{ "an outlet's name closing a menu run is its masthead",
	  "Menu\n"
	  "Search\n"
	  "Sign in\n"
	  "Al Jazeera\n\n"
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes after winter storm", NULL, NULL,
	  "Al Jazeera", NULL, 2, "ferry line", NULL },
	{ "dateline: place, country, short month and day, agency, hyphen",
	  "Ferry service resumes after winter storm\n\n"
	  "BODO, Norway, Mar 3 (Reuters) - The ferry line reopened on "
	  "Monday, operators said.\n",
	  "Ferry service resumes after winter storm", NULL, "Bodo", "Reuters",
	  NULL, 2, "The ferry line", "BODO" },
	{ "dateline: place, day before the month, em dash",
	  "Ferry service resumes after winter storm\n\n"
	  "BODO, 3 Mar \xe2\x80\x94 The ferry line reopened on Monday, "
	  "operators said.\n",
	  "Ferry service resumes after winter storm", NULL, "Bodo", NULL,
	  NULL, 2, "The ferry line", "BODO" },
	{ "dateline: place, country, month and day with a full stop",
	  "Ferry service resumes after winter storm\n\n"
	  "BODO, Norway, March 3. The ferry line reopened on Monday, "
	  "operators said.\n",
	  "Ferry service resumes after winter storm", NULL, "Bodo", NULL,
	  NULL, 2, "The ferry line", "March 3." },
	{ "dateline: month and day, the agency between slashes",
	  "Ferry service resumes after winter storm\n\n"
	  "BODO, March 3. /TASS/. The ferry line reopened on Monday, "
	  "operators said.\n",
	  "Ferry service resumes after winter storm", NULL, "Bodo", "TASS",
	  NULL, 2, "The ferry line", "/TASS/" },
	{ "dateline under a tagline over a menu run and the headline again",
	  "Ferry service resumes after winter storm | Reuters\n"
	  "Trusted reporting for shipping professionals\n"
	  "Ports\n"
	  "Cargo\n"
	  "Shipyards\n"
	  "Insurance\n"
	  "Ferry service resumes after winter storm\n"
	  "BODO, Norway, Mar 3 (Reuters) - The ferry line reopened on "
	  "Monday, operators said.\n",
	  "Ferry service resumes after winter storm", NULL, "Bodo", "Reuters",
	  NULL, 2, "The ferry line", "shipping professionals" },
};

static int
has_sentence(const struct article *a, const char *needle)
{
	size_t	i;

	for (i = 0; i < a->nsentences; i++)
		if (strstr(a->sentences[i].text, needle) != NULL)
			return 1;
	return 0;
}

static void
check_cites(const struct article *a, const char *want)
{
	char	*w, *p, *tok, *save = NULL;
	size_t	 n = 0, i;
	int	 found;

	if (want == NULL) {
		ck_assert_uint_eq(a->ncites, 0);
		return;
	}
	w = util_strdup(want);
	for (p = w; (tok = strtok_r(p, ";", &save)) != NULL; p = NULL) {
		found = 0;
		for (i = 0; i < a->ncites; i++)
			if (strcmp(a->cites[i], tok) == 0)
				found = 1;
		ck_assert_msg(found, "cite %s missing", tok);
		n++;
	}
	ck_assert_uint_eq(a->ncites, n);
	free(w);
}

static void
check_case(const struct article_case *c)
{
	struct article			*a = NULL;
	char				*cause = NULL;
	size_t				 i, len = strlen(c->raw);

	ck_assert_msg(article_parse(c->raw, len, NULL, &a, &cause) == 0,
	    "%s: %s", c->name, cause);
	ck_assert_pstr_eq(a->title, c->title);
	ck_assert_pstr_eq(a->date, c->date);
	ck_assert_pstr_eq(a->dateline, c->dateline);
	ck_assert_pstr_eq(a->outlet, c->outlet);
	check_cites(a, c->cites);
	if (c->nsentences >= 0)
		ck_assert_int_eq((int)a->nsentences, c->nsentences);
	if (c->title != NULL) {
		ck_assert_int_eq(a->sentences[0].is_title, 1);
		ck_assert_str_eq(a->sentences[0].text, c->title);
	}
	for (i = 0; i < a->nsentences; i++) {
		ck_assert_uint_lt(a->sentences[i].start, a->sentences[i].end);
		ck_assert_uint_le(a->sentences[i].end, len);
		if (i > 0)
			ck_assert_uint_ge(a->sentences[i].start,
			    a->sentences[i - 1].end);
		if (i > 0 || c->title == NULL)
			ck_assert_int_eq(a->sentences[i].is_title, 0);
	}
	if (c->present != NULL)
		ck_assert_msg(has_sentence(a, c->present), "%s: no \"%s\"",
		    c->name, c->present);
	if (c->absent != NULL)
		ck_assert_msg(!has_sentence(a, c->absent), "%s: \"%s\" kept",
		    c->name, c->absent);
	ck_assert_uint_eq(a->nwarnings, 0);
	ck_assert_int_eq(a->encoding, ARTICLE_UTF8);
	article_free(a);
}

START_TEST(test_article)
{
	check_case(&article_cases[_i]);
}
END_TEST

struct date_case {
	const char	*line;
	const char	*iso;
};

static const struct date_case date_cases[] = {
	{ "July 23, 2024", "2024-07-23" },
	{ "23 July 2024", "2024-07-23" },
	{ "2024-07-23", "2024-07-23" },
	{ "Feb. 25, 2022", "2022-02-25" },
	{ "Feb 25, 2022", "2022-02-25" },
	{ "25.02.2022", "2022-02-25" },
	{ "February 25, 2022", "2022-02-25" },
	{ "Friday, February 25, 2022 10:45 IST", "2022-02-25" },
	{ "Updated: 2022-02-25 14:00 GMT", "2022-02-25" },
	{ "Sept. 1, 2021", "2021-09-01" },
	{ "02/25/2022", "2022-02-25" },
	{ "25/02/2022", "2022-02-25" },
	{ "03/04/2022", "2022-04-03" },	/* both months: day first */
	{ "04/04/2022", "2022-04-04" },
	{ "31/13/2022", NULL },		/* no such month either way */
	{ "November 3, 2027, 07:45 A.M.", "2027-11-03" },
	{ "March 8, 2027, 11:30 p.m.", "2027-03-08" },
	{ "Date of translation: March 8, 2027 14:20 (translated from Finnish)",
	  "2027-03-08" },
	{ "OSLO Feb 4, 2027 - 9:15 am GMT+1", "2027-02-04" },
	{ "Published on: 03/02/2026 - 16:45 Modified: 03/02/2026 - 17:10",
	  "2026-02-03" },
	{ "31.02.2022", NULL },		/* no such day */
	/* a year run into the time by the scraper */
	{ "March 4, 20263:55 PM UTCUpdated 2 hours ago", "2026-03-04" },
	{ "4 March 202611:05 GMT", "2026-03-04" },
	{ "29 February 2023", NULL },
	{ "29 February 2024", "2024-02-29" },
	{ "Posted in 2014", NULL },
	{ "25th February 2022", "2022-02-25" },
	{ "February 25th, 2022", "2022-02-25" },
	{ "2022-02-25T10:45:00Z", "2022-02-25" },
	{ "Last updated on Feb 25 2022 at 10:45 AM", "2022-02-25" },
	/* month names of other languages (share/parallax/months) */
	{ "14 de marzo de 2026", "2026-03-14" },
	{ "Publicado el 14 de marzo del 2026 a las 10:20", "2026-03-14" },
	{ "12 ene 2026", "2026-01-12" },
	{ "12 ENE. 2026", "2026-01-12" },
	{ "4 avril 2026", "2026-04-04" },
	{ "1er avril 2026 à 08h15", "2026-04-01" },
	{ "22 Kasım 2026", "2026-11-22" },
	{ "22 KASIM 2026 Cumartesi 09:12", "2026-11-22" },
	{ "22 ноября 2026", "2026-11-22" },
	{ "22 ноября 2026 г.", "2026-11-22" },
	{ "22 листопада 2026 р.", "2026-11-22" },
	{ "3. März 2026", "2026-03-03" },
	{ "14 Maret 2026", "2026-03-14" },
	{ "12 gen 2026", "2026-01-12" },
	{ "3 de março de 2026", "2026-03-03" },
	{ "5 out 2026 14:00", "2026-10-05" },	/* Portuguese October */
	{ "14 Mei 2026", "2026-05-14" },
	{ "4 Απριλίου 2026", "2026-04-04" },
	{ "12 stycznia 2026", "2026-01-12" },
	{ "Mayo 14, 2026", "2026-05-14" },
	/* stamps */
	{ "2026年4月4日 11:20", "2026-04-04" },
	{ "2026년 4월 4일", "2026-04-04" },
	{ "04.apr.2026 at 11h20", "2026-04-04" },
	{ "04-Apr-2026 11:20", "2026-04-04" },
	{ "2026/04/04", "2026-04-04" },
	{ "2026.04.04 11:20", "2026-04-04" },
	{ "04-03-2026 11:20", "2026-03-04" },	/* hyphens: day first */
	/* two-digit years on a date line of their own */
	{ "19.11.26", "2026-11-19" },
	{ "19/11/26", "2026-11-19" },
	{ "Updated: 19/11/26 14:20 GMT", "2026-11-19" },
	{ "Friday, 03.04.26", "2026-04-03" },	/* day first */
	{ "11/19/26", "2026-11-19" },		/* no other reading */
	{ "31.02.26", NULL },
	{ "19.11.2", NULL },
	/* not dates */
	{ "31 febrero 2026", NULL },		/* no such day */
	{ "30 февраля 2026", NULL },
};

/* Lines with words that are month names somewhere, and no date: they stay
 * what they are (here the headline). */
static const char *const not_dates[] = {
	"Mayo Clinic 2026 report",
	"Vista al mar 2026",			/* Spanish sea, no day */
	"Selamat Hari Raya, Mei 2026",
	"12 Mei",				/* no year */
	"12 Marches 2026",			/* not a month's form */
	"The 3 mar 20 plan",			/* no year */
	"You may 12 times ask",
	"Des 2026 pays",
	"19.11.26 and more",			/* no date line */
	"March 8, 2027 (a holiday in twelve towns, says the mayor)",
};

START_TEST(test_date)
{
	const struct date_case	*c = &date_cases[_i];
	struct article		*a = NULL;
	char			*raw, *cause = NULL;

	raw = util_printf("%s\n\nFactory fire contained\n\nThe fire at the "
	    "plant was contained on %s, officials said.\n", c->line,
	    "Monday");
	ck_assert_int_eq(article_parse(raw, strlen(raw), NULL, &a, &cause),
	    0);
	ck_assert_pstr_eq(a->date, c->iso);
	ck_assert_str_eq(a->title, "Factory fire contained");
	article_free(a);
	free(raw);
}
END_TEST

/*
 * A dateline's date without the year: its month and day (MMDD), for a
 * page that prints no date of its own.
 */
static const struct {
	const char	*top;		/* over the text */
	const char	*iso;		/* the page date, or NULL */
	int		 md;
} month_day_cases[] = {
	{ "HARBOURTON, March 14. /TASS/.\n\n", NULL, 314 },
	{ "HARBOURTON, March 1 /TASS/. ", NULL, 301 },
	{ "Harbourton, 6 May (Ukrinform) - ", NULL, 506 },
	{ "HARBOURTON, Feb 29 (AFP) - ", NULL, 229 },
	{ "Harbourton, May 6, 2025 - ", "2025-05-06", 0 },
	{ "March 3, 2026\n\nHARBOURTON, March 14 (AFP) - ", "2026-03-03", 0 },
	{ "HARBOURTON (AFP) - ", NULL, 0 },
};

START_TEST(test_month_day)
{
	struct article	*a = NULL;
	char		*raw, *cause = NULL;

	raw = util_printf("Factory fire contained\n\n%sThe fire at the plant "
	    "was contained on Monday, officials said.\n",
	    month_day_cases[_i].top);
	ck_assert_ptr_nonnull(raw);
	ck_assert_int_eq(article_parse(raw, strlen(raw), NULL, &a, &cause),
	    0);
	ck_assert_pstr_eq(a->date, month_day_cases[_i].iso);
	ck_assert_int_eq(a->month_day, month_day_cases[_i].md);
	ck_assert_pstr_eq(a->dateline, "Harbourton");
	article_free(a);
	free(raw);
}
END_TEST

/*
 * A slashed date whose day and month could change places: the day comes
 * first unless the outlet (detected or given) writes the month first, or
 * the page prints the other reading in words and not this one.
 */
struct date_outlet_case {
	const char	*top;		/* lines over the headline */
	const char	*outlet;	/* --outlet, or NULL */
	const char	*tail;		/* after the last sentence */
	const char	*iso;
};

static const struct date_outlet_case date_outlet_cases[] = {
	{ "03/04/2026", "CNN", "", "2026-03-04" },
	{ "03/04/26", "CNN", "", "2026-03-04" },
	{ "03/04/26", "BBC", "", "2026-04-03" },
	{ "03.04.26", NULL, " (AP)", "2026-03-04" },
	/* a full date printed too: that one */
	{ "03/04/26\nMarch 5, 2026", "CNN", "", "2026-03-05" },
	{ "Published 5 April 2026\n03/04/26", "BBC", "", "2026-04-05" },
	{ "03/04/2026", "The Washington Post", "", "2026-03-04" },
	{ "03/04/2026", "BBC", "", "2026-04-03" },	/* not US: day first */
	{ "03/04/2026", NULL, "", "2026-04-03" },
	{ "03/04/2026", NULL, " (AP)", "2026-03-04" },	/* tag: AP, US */
	{ "03/04/2026", NULL, " (Reuters)", "2026-04-03" },
	{ "13/04/2026", "CNN", "", "2026-04-13" },	/* no other reading */
	{ "04/13/2026", "BBC", "", "2026-04-13" },
	{ "04/04/2026", "CNN", "", "2026-04-04" },
	/* the page prints the date in words too: they agree */
	{ "03/04/2026\nMarch 4, 2026", "BBC", "", "2026-03-04" },
	{ "03/04/2026\nApril 3, 2026", "CNN", "", "2026-04-03" },
	{ "03/04/2026\n2026-04-03", "CNN", "", "2026-04-03" },
	/* lines of a menu above the date, taken for content */
	{ "Hop to our radio pages\nOpen our audio player\nNew story "
	  "alerts\nLatest from the city desk\nPick of the week\n"
	  "03/04/2026", "CNN", "", "2026-03-04" },
};

START_TEST(test_date_outlet)
{
	const struct date_outlet_case	*c = &date_outlet_cases[_i];
	struct article_ctx		 ctx;
	struct article			*a = NULL;
	char				*raw, *cause = NULL;

	memset(&ctx, 0, sizeof ctx);
	ctx.outlet_override = c->outlet;
	raw = util_printf("%s\n\nFactory fire contained\n\nThe fire at the "
	    "plant was contained on Monday, officials said.%s\n", c->top,
	    c->tail);
	ck_assert_int_eq(article_parse(raw, strlen(raw), &ctx, &a, &cause),
	    0);
	ck_assert_pstr_eq(a->date, c->iso);
	article_free(a);
	free(raw);
}
END_TEST

START_TEST(test_not_date)
{
	struct article	*a = NULL;
	char		*raw, *cause = NULL;

	raw = util_printf("%s\n\nThe fire at the plant was contained on "
	    "Monday, officials said.\n", not_dates[_i]);
	ck_assert_int_eq(article_parse(raw, strlen(raw), NULL, &a, &cause),
	    0);
	ck_assert_ptr_null(a->date);
	ck_assert_str_eq(a->title, not_dates[_i]);
	article_free(a);
	free(raw);
}
END_TEST

/* A date in the body is an event date, not the page date. */
START_TEST(test_date_body_only)
{
	const char	*raw = "Summit set for autumn\n"
			    "The summit will open on October 12, 2025, the "
			    "host said.\n";
	struct article	*a = NULL;

	ck_assert_int_eq(article_parse(raw, strlen(raw), NULL, &a, NULL), 0);
	ck_assert_ptr_null(a->date);
	article_free(a);
}
END_TEST

/* Spans in the original: CRLF, no-break spaces, Windows-1252 bytes. */
START_TEST(test_offsets_cp1252)
{
	static const char raw[] =
	    "Factory fire in Lodz\r\n\r\n"
	    "The fire started at 3\xa0" "a.m.\x97officials said.  "
	    "Two workers were hurt.  -PAP\r\n";
	static const char *const orig[] = {
	    "Factory fire in Lodz",
	    "The fire started at 3\xa0" "a.m.\x97officials said.",
	    "Two workers were hurt.  -PAP",
	};
	struct article	*a = NULL;
	size_t		 i;

	ck_assert_int_eq(article_parse(raw, sizeof raw - 1, NULL, &a, NULL),
	    0);
	ck_assert_int_eq(a->encoding, ARTICLE_CP1252);
	ck_assert_uint_eq(a->nwarnings, 1);
	ck_assert_ptr_nonnull(strstr(a->warnings[0], "1252"));
	ck_assert_uint_eq(a->nsentences, PX_NITEMS(orig));
	for (i = 0; i < PX_NITEMS(orig); i++) {
		ck_assert_uint_eq(a->sentences[i].end - a->sentences[i].start,
		    strlen(orig[i]));
		ck_assert_int_eq(memcmp(raw + a->sentences[i].start, orig[i],
		    strlen(orig[i])), 0);
	}
	ck_assert_str_eq(a->sentences[1].text,
	    "The fire started at 3 a.m.\xe2\x80\x94officials said.");
	ck_assert_str_eq(a->sentences[2].text, "Two workers were hurt.");
	ck_assert_str_eq(a->outlet, "PAP");
	article_free(a);
}
END_TEST

START_TEST(test_offsets_utf8)
{
	static const char raw[] =
	    "\xef\xbb\xbfSummit in Z\xc3\xbcrich\n"
	    "TOKYO, March 3 (Kyodo) - Ministers met in Zu\xcc\x88rich.\t"
	    "They agreed.\n";
	struct article	*a = NULL;
	const char	*want1 = "Ministers met in Zu\xcc\x88rich.";

	ck_assert_int_eq(article_parse(raw, sizeof raw - 1, NULL, &a, NULL),
	    0);
	ck_assert_uint_eq(a->nsentences, 3);
	ck_assert_uint_eq(a->sentences[0].start, 3);
	ck_assert_str_eq(a->sentences[1].text,
	    "Ministers met in Z\xc3\xbcrich.");
	ck_assert_uint_eq(a->sentences[1].end - a->sentences[1].start,
	    strlen(want1));
	ck_assert_int_eq(memcmp(raw + a->sentences[1].start, want1,
	    strlen(want1)), 0);
	ck_assert_int_eq(memcmp(raw + a->sentences[2].start, "They agreed.",
	    12), 0);
	article_free(a);
}
END_TEST

START_TEST(test_latin1_and_invalid)
{
	const char	*latin = "Fire in Z\xfcrich\nThe fire near the "
			    "caf\xe9 was put out.\n";
	const char	*bad = "Quake in Chile\nThe quake hit at dawn "
			    "\xff\xfe and caf\xc3\xa9s closed.\n";
	struct article	*a = NULL;

	ck_assert_int_eq(article_parse(latin, strlen(latin), NULL, &a, NULL),
	    0);
	ck_assert_int_eq(a->encoding, ARTICLE_LATIN1);
	ck_assert_str_eq(a->title, "Fire in Z\xc3\xbcrich");
	ck_assert_uint_eq(a->nwarnings, 1);
	ck_assert_ptr_nonnull(strstr(a->warnings[0], "Latin-1"));
	article_free(a);
	ck_assert_int_eq(article_parse(bad, strlen(bad), NULL, &a, NULL), 0);
	ck_assert_int_eq(a->encoding, ARTICLE_UTF8_REPAIRED);
	ck_assert_uint_eq(a->nreplaced, 2);
	ck_assert_uint_eq(a->nwarnings, 1);
	ck_assert_ptr_nonnull(strstr(a->sentences[1].text,
	    "\xef\xbf\xbd\xef\xbf\xbd"));
	article_free(a);
}
END_TEST

/* Lines the database has seen in many articles are furniture; long
 * sentences are never asked about. */
static long
fake_recurring(void *arg, const char *line)
{
	int	*asked = arg;

	(*asked)++;
	ck_assert_ptr_null(strstr(line, "magnitude"));
	return strcmp(line, "Follow our live coverage") == 0 ? 12 : 1;
}

START_TEST(test_recurring)
{
	const char		*raw = "Quake strikes island\n"
				    "Follow our live coverage\n"
				    "A magnitude 7 quake struck the island on "
				    "Sunday, damaging roads, bridges and the "
				    "airport terminal, officials said.\n"
				    "Schools closed.\n";
	struct article_ctx	 ctx;
	struct article		*a = NULL;
	int			 asked = 0;

	memset(&ctx, 0, sizeof ctx);
	ctx.recurring = fake_recurring;
	ctx.recurring_arg = &asked;
	ck_assert_int_eq(article_parse(raw, strlen(raw), &ctx, &a, NULL), 0);
	ck_assert_int_gt(asked, 0);
	ck_assert_int_eq(has_sentence(a, "live coverage"), 0);
	ck_assert_int_eq(has_sentence(a, "Schools closed."), 1);
	ck_assert_uint_eq(a->nsentences, 3);
	article_free(a);
}
END_TEST

/* A site's name on every page goes; a headline that several outlets
 * carry stays. */
static long
fake_recurring_top(void *arg, const char *line)
{
	(void)arg;
	if (strcmp(line, "Island Daily Courier") == 0)
		return 40;
	if (strcmp(line, "Quake strikes island") == 0)
		return 5;
	return 0;
}

START_TEST(test_recurring_top)
{
	const char		*raw = "Island Daily Courier\n"
				    "Quake strikes island\n"
				    "A strong quake struck the island on "
				    "Sunday, officials said.\n";
	struct article_ctx	 ctx;
	struct article		*a = NULL;

	memset(&ctx, 0, sizeof ctx);
	ctx.recurring = fake_recurring_top;
	ck_assert_int_eq(article_parse(raw, strlen(raw), &ctx, &a, NULL), 0);
	ck_assert_pstr_eq(a->title, "Quake strikes island");
	ck_assert_uint_eq(a->nsentences, 2);
	article_free(a);
}
END_TEST

START_TEST(test_override)
{
	const char		*raw = "Summit opens\nThe summit opened.\n"
				    "Source: Xinhua\n";
	struct article_ctx	 ctx;
	struct article		*a = NULL;

	memset(&ctx, 0, sizeof ctx);
	ctx.outlet_override = "Desk Copy";
	ck_assert_int_eq(article_parse(raw, strlen(raw), &ctx, &a, NULL), 0);
	ck_assert_str_eq(a->outlet, "Desk Copy");
	ck_assert_uint_eq(a->ncites, 1);
	ck_assert_str_eq(a->cites[0], "Xinhua");
	article_free(a);
	article_free(NULL);
}
END_TEST

struct reject_case {
	const char	*raw;
	size_t		 len;
	const char	*cause;		/* a word of the cause */
};

static const struct reject_case reject_cases[] = {
	{ "", 0, "empty" },
	{ " \n\t\r\n  ", 7, "white space" },
	{ "\xef\xbb\xbf\xc2\xa0\n", 6, "white space" },
	{ "GIF89a\0\0\x01\x02", 10, "binary" },
	{ "\x01\x02\x03\x04\x05\x06 text", 11, "binary" },
	{ "Show More\nBack to top button\nAdvertisement\nShare\n", 49,
	  "furniture" },
};

START_TEST(test_reject)
{
	const struct reject_case	*c = &reject_cases[_i];
	struct article			*a = NULL;
	char				*cause = NULL;

	ck_assert_int_eq(article_parse(c->raw, c->len, NULL, &a, &cause), -1);
	ck_assert_ptr_null(a);
	ck_assert_ptr_nonnull(cause);
	ck_assert_msg(strstr(cause, c->cause) != NULL, "cause \"%s\"", cause);
	free(cause);
}
END_TEST

/* One line of 1 MiB: many sentences, spans inside the input. */
START_TEST(test_huge_line)
{
	size_t		 cap = (1 << 20) + 64, len = 0, i;
	char		*raw = malloc(cap);
	struct article	*a = NULL;
	char		*cause = NULL;

	ck_assert_ptr_nonnull(raw);
	for (i = 0; len + 40 < cap - 64; i++)
		len += (size_t)snprintf(raw + len, cap - len,
		    "Aftershock number %zu hit the town. ", i);
	ck_assert_int_eq(article_parse(raw, len, NULL, &a, &cause), 0);
	ck_assert_uint_gt(a->nsentences, 1000);
	for (i = 0; i < a->nsentences; i++)
		ck_assert_uint_le(a->sentences[i].end, len);
	article_free(a);
	free(raw);
}
END_TEST

/*
 * Lines whose dateline would run into a wire's end marker (found by the
 * fuzzer: the body began after the cut, and its length wrapped round):
 * parsed without harm, every sentence inside the text.
 */
static const char *const marker_lines[] = {
	"#Wo.\nV (@\xc6\xb9P) ENDS",
	"Flood update\nRIVERTON (Wire) ENDS",
	"Flood update\n\nRiverton, May 3 (Wire) - ENDS\n",
	"Flood update\nRiverton \xe2\x80\x94 ENDS",
};

START_TEST(test_dateline_marker)
{
	const char	*raw = marker_lines[_i];
	struct article	*a = NULL;
	char		*cause = NULL;
	size_t		 i, len = strlen(raw);

	if (article_parse(raw, len, NULL, &a, &cause) != 0)
		ck_abort_msg("%s: %s", raw, cause);
	for (i = 0; i < a->nsentences; i++) {
		ck_assert_uint_le(a->sentences[i].start, a->sentences[i].end);
		ck_assert_uint_le(a->sentences[i].end, len);
	}
	article_free(a);
}
END_TEST

/* Page furniture in other languages and shapes: menus set apart by runs
 * of spaces, notices of machine translation, read-also headings, comment
 * disclaimers, counters, widgets, a live page's standing summary. */
static const struct article_case page_cases[] = {
	{ "a menu set apart by spaces, a translation notice, in Portuguese",
	  "Gazeta do Vale\n"
	  "Assine   Entrar\n"
	  "Esta p\xc3\xa1gina foi traduzida automaticamente do "
	  "ingl\xc3\xaas.\n\n"
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n\n"
	  "Leia tamb\xc3\xa9m\n"
	  "Storm closes harbour for a week\n\n"
	  "Coment\xc3\xa1rios (12)\n"
	  "Os coment\xc3\xa1rios n\xc3\xa3o representam a opini\xc3\xa3o do "
	  "site.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  2, "ferry line", "Storm closes" },
	{ "a Cyrillic menu set apart by spaces; a view counter",
	  "\xd0\x9d\xd0\xbe\xd0\xb2\xd0\xbe\xd1\x81\xd1\x82\xd0\xb8   "
	  "\xd0\xa1\xd0\xbf\xd0\xbe\xd1\x80\xd1\x82   "
	  "\xd0\x9a\xd1\x83\xd0\xbb\xd1\x8c\xd1\x82\xd1\x83\xd1\x80\xd0\xb0\n"
	  "Translated from Russian\n\n"
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n\n"
	  "Views: 1 204\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  2, "ferry line", "Views" },
	{ "a headline with a figure over a kicker and a byline column",
	  "The Fjord Courier\n"
	  "Subscribe   Sign in\n"
	  "Norway | Business | Opinion\n"
	  "Norway\n"
	  "Ferry strike strands 400, operators blame storm\n"
	  "Ferry strike\n"
	  "The Fjord Courier\n"
	  "Bodo\n"
	  "Anna Berg\n"
	  "Premium\n"
	  "Tue, March 3, 2026\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry strike strands 400, operators blame storm", "2026-03-03",
	  NULL, NULL, NULL, 2, "ferry line", "Premium" },
	{ "a subscription notice and a share widget under the text",
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n\n"
	  "Please contact us for subscription options.\n"
	  "Like this:\n"
	  "Loading...\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  2, "ferry line", "subscription" },
	{ "a live page's standing summary",
	  "Ferry strike live: talks resume in Bodo\n\n"
	  "These are the latest developments on day 12 of the ferry "
	  "strike.\n\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry strike live: talks resume in Bodo", NULL, NULL, NULL, NULL,
	  2, "ferry line", "latest developments" },
	{ "topic tags under their label; a site's acknowledgement",
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n\n"
	  "Topic:\n"
	  "Shipping\n"
	  "Storms, Floods and Weather Events\n"
	  "We acknowledge Aboriginal and Torres Strait Islander peoples as "
	  "the custodians of the lands where we work.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  2, "ferry line", "Storms" },
	{ "the original's headline over a translation notice",
	  "Themen  Europa  Norwegen\n"
	  "F\xc3\xa4hrstreik: Streit um Ort und Datum der Gespr\xc3\xa4" "che\n"
	  "(Translated from German)\n"
	  "Ferry strike: dispute over venue and date of talks\n\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry strike: dispute over venue and date of talks", NULL, NULL,
	  NULL, NULL, 2, "ferry line", "Streit" },
	{ "the original's headline over its translation, no notice",
	  "Huelga de los ferris deja a 400 pasajeros en el puerto\n"
	  "Ferry strike leaves 400 passengers stranded in the port\n\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry strike leaves 400 passengers stranded in the port", NULL,
	  NULL, NULL, NULL, 2, "ferry line", "Huelga" },
	{ "a headline over an English standfirst stays the headline",
	  "Ferry strike strands 400 in the port\n"
	  "Operators blame the storm for the delays of the week\n\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry strike strands 400 in the port", NULL, NULL, NULL, NULL, -1,
	  "ferry line", NULL },
	{ "agencies and the editors' initials under the text are cites",
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n"
	  "Reuters, dpa (ab/cd)\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL,
	  "Reuters;dpa", 2, "ferry line", "(ab/cd)" },
	{ "one agency with the editor's initials; not in a sentence",
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n"
	  "AFP (jk)\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL,
	  "AFP", 2, "ferry line", "(jk)" },
	{ "a short date with a time and a place in capitals and a dash",
	  "Ferry service resumes after winter storm\n\n"
	  "19/11/26 14:20 BODO -\n\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes after winter storm", "2026-11-19", NULL,
	  NULL, NULL, 2, "ferry line", "BODO" },
	{ "the word \"Copyright\" after the sign is no part of the owner",
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n\n"
	  "\xc2\xa9 Copyright Harbour Daily. Fjord Media Group.\n",
	  "Ferry service resumes after winter storm", NULL, NULL,
	  "Harbour Daily", NULL, 2, "ferry line", "Copyright" },
	{ "a long byline naming the writer's post",
	  "Ferry service resumes after winter storm\n"
	  "By Nordic and Baltic correspondent Anna Berg and wires\n\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  2, "ferry line", "correspondent" },
	{ "a wire's dateline with a region after a point of the compass",
	  "Ferry service resumes after winter storm\n\n"
	  "Tromso, N Troms County (NTB) - The ferry line reopened on Monday, "
	  "operators said.\n",
	  "Ferry service resumes after winter storm", NULL, "Tromso", "NTB",
	  NULL, 2, "The ferry line", "County" },
	{ "a dateline line in Spanish: a place, a day and a month",
	  "Ferry service resumes after winter storm\n\n"
	  "Bodo, 3 de marzo.\n\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes after winter storm", NULL, "Bodo", NULL,
	  NULL, 2, "The ferry line", "marzo" },
	{ "a dateline line with a month, a day and an agency in slashes",
	  "Ferry service resumes after winter storm\n"
	  "TROMSO, March 3. /TASS/.\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes after winter storm", NULL, "Tromso", "TASS",
	  NULL, 2, "The ferry line", "TROMSO" },
	{ "a place in capitals and a full stop opens the lede",
	  "Ferry service resumes after winter storm\n\n"
	  "TROMSO. The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes after winter storm", NULL, "Tromso", NULL,
	  NULL, 2, "The ferry line", "TROMSO" },
	{ "an acronym's sentence is no dateline",
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said. NATO. "
	  "The alliance said so.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL,
	  NULL, -1, "The ferry line", NULL },
	{ "a caption closed by an agency and its photographer in brackets",
	  "Ferry service resumes after winter storm\n\n"
	  "Waves break over the pier at Bodo harbour. (Reuters: Jo Lee)\n\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  2, "The ferry line", "Waves break" },
	{ "a sentence that cites an agency in brackets stays",
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said (Reuters).\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL,
	  NULL, 2, "(Reuters)", NULL },
	{ "a live page's entry headings under their times",
	  "Ferry strike live: talks resume in Bodo\n"
	  "14:05 GMT\n"
	  "Union says talks will resume\n"
	  "The union said talks would resume on Tuesday.\n"
	  "11:30 GMT\n"
	  "Ferries stay in port\n"
	  "The ferry line kept its boats in port, operators said.\n",
	  "Ferry strike live: talks resume in Bodo", NULL, NULL, NULL, NULL,
	  3, "kept its boats", "stay in port" },
	{ "an appeal in the site's voice closed by a call to action",
	  "Ferry service resumes after winter storm\n\n"
	  "The ferry line reopened on Monday, operators said.\n\n"
	  "We have reported on the fjords for decades. Become a member to "
	  "support our independent journalism.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  2, "The ferry line", "decades" },
	{ "a paragraph in the first person without a call stays",
	  "Ferry service resumes after winter storm\n\n"
	  "We waited for hours, a passenger said. The ferry line reopened "
	  "on Monday.\n",
	  "Ferry service resumes after winter storm", NULL, NULL, NULL, NULL,
	  3, "We waited", NULL },
	{ "a wire's copy whole on a site's page: credit, dateline, copyright",
	  "DW\n"
	  "Ferry strike ends after talks in Bodo\n"
	  "Reuters\n"
	  "Bodo (Reuters) - The ferry line reopened on Monday, operators "
	  "said.\n"
	  "\xc2\xa9 2026 Reuters\n",
	  "Ferry strike ends after talks in Bodo", NULL, "Bodo", "Reuters",
	  "DW", 2, "The ferry line", "2026 Reuters" },
	{ "without the wire's credit line the page stays the site's",
	  "DW\n"
	  "Ferry strike ends after talks in Bodo\n"
	  "Bodo (Reuters) - The ferry line reopened on Monday, operators "
	  "said.\n"
	  "\xc2\xa9 2026 Reuters\n",
	  "Ferry strike ends after talks in Bodo", NULL, "Bodo", "DW",
	  "Reuters", 2, "The ferry line", "2026 Reuters" },
	{ "a place in capitals after the last dash of a date line",
	  "Ferry service resumes after winter storm\n"
	  "Published - March 3, 2026 10:12 am CET - BODO\n\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes after winter storm", "2026-03-03", "Bodo",
	  NULL, NULL, 2, "The ferry line", "Published" },
	{ "an agency after the last dash of a date line is no place",
	  "Ferry service resumes after winter storm\n"
	  "Published - March 3, 2026 10:12 am CET - AFP\n\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry service resumes after winter storm", "2026-03-03", NULL,
	  NULL, NULL, 2, "The ferry line", "Published" },
	{ "a headline with a doubled space is no menu",
	  "Ferry Service  Resumes\n\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry Service Resumes", NULL, NULL, NULL, NULL, 2, "ferry line",
	  NULL },
};

/* Round three's furniture: share text, banners, wire slugs, header dates
 * and credit lines. */
static const struct article_case furniture3_cases[] = {
	{ "an app's share text over the headline",
	  "Harbour Daily App\n"
	  "Shared via Harbour Daily: \"Ferry strike ends after 9 days\" "
	  "https://hd.example/x/123\n"
	  "Ferry strike ends after 9 days\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry strike ends after 9 days", NULL, NULL, NULL, NULL, 2,
	  "ferry line", "Shared via" },
	{ "a wire's banner between rules over the headline",
	  "--- HARBOUR PRESS ADVISORY ---\n"
	  "Ferry strike ends after nine days, union says\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry strike ends after nine days, union says", NULL, NULL, NULL,
	  NULL, 2, "ferry line", "ADVISORY" },
	{ "a wire's version word joined to its headline",
	  "UPDATE 2-Ferry strike ends after nine days, union says\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry strike ends after nine days, union says", NULL, NULL, NULL,
	  NULL, 2, "ferry line", NULL },
	{ "a date in an e-paper's header between bars",
	  "FJORD TIMES E-PAPER | NORTH EDITION | TUESDAY, MARCH 3, 2026 | "
	  "PAGE 4\n"
	  "Ferry strike ends after nine days\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry strike ends after nine days", "2026-03-03", NULL, NULL, NULL,
	  2, "ferry line", NULL },
	{ "a date in a source line between bars",
	  "Ferry strike ends after nine days\n"
	  "Source: Fjord Wire | 2026-03-03 09:10:11 | Editor: ab\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry strike ends after nine days", "2026-03-03", NULL, NULL, NULL,
	  2, "ferry line", "Editor" },
	{ "additional reporting by an agency is a citation",
	  "Ferry strike ends after nine days\n"
	  "The ferry line reopened on Monday, operators said.\n"
	  "Additional reporting by AFP\n",
	  "Ferry strike ends after nine days", NULL, NULL, NULL, "AFP", 2,
	  "ferry line", "Additional" },
	{ "a date line below the text of a page with none above it",
	  "Ferry strike ends after nine days\n"
	  "The ferry line reopened on Monday, operators said.\n"
	  "Passengers queued at the harbour before dawn.\n"
	  "3 marzo 2026 10:05\n"
	  "Condividi\n",
	  "Ferry strike ends after nine days", "2026-03-03", NULL, NULL, NULL,
	  3, "ferry line", "marzo" },
	{ "a wire's tag line naming a contributor",
	  "Ferry strike ends after nine days\n"
	  "The ferry line reopened on Monday, operators said.\n"
	  "Associated Press writer Lars Vik contributed from Tromso, "
	  "Norway.\n",
	  "Ferry strike ends after nine days", NULL, NULL, NULL, NULL, 2,
	  "ferry line", "contributed" },
	{ "a long byline in capitals ending in an agency's name",
	  "Ferry strike ends after nine days\n"
	  "By ANNA BERG and LARS OLAV VIK Associated Press\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry strike ends after nine days", NULL, NULL, NULL, NULL, 2,
	  "ferry line", "BERG" },
	{ "a French page's credit line",
	  "Ferry strike ends after nine days\n"
	  "Texte par : Radio Fjord avec AFP\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry strike ends after nine days", NULL, NULL, NULL, "AFP", 2,
	  "ferry line", "Texte" },
};

START_TEST(test_page)
{
	check_case(&page_cases[_i]);
}
END_TEST

/* A site that puts the lede, opening with its date, over the headline:
 * the slogan over the menu is furniture, the headline the title (the
 * second sentence, in the page's order). */
START_TEST(test_late_title)
{
	static const char raw[] = "Fjord Herald\n"
	    "Honest news from the northern coast\n"
	    "Home  Ferries  Weather  Opinion\n"
	    "May 4, 2026 (BODO) - The ferry line reopened on Monday after "
	    "a week of storms, operators said.\n"
	    "Ferry service resumes as storm moves east\n"
	    "Passengers queued at the harbour before dawn.\n";
	struct article	*a = NULL;
	char		*cause = NULL;

	ck_assert_int_eq(article_parse(raw, sizeof raw - 1, NULL, &a, &cause),
	    0);
	ck_assert_pstr_eq(a->title, "Ferry service resumes as storm moves east");
	ck_assert_pstr_eq(a->date, "2026-05-04");
	ck_assert_pstr_eq(a->dateline, "Bodo");
	ck_assert_pstr_eq(a->outlet, NULL);
	ck_assert_uint_eq(a->nsentences, 3);
	ck_assert_int_eq(a->sentences[0].is_title, 0);
	ck_assert_int_eq(a->sentences[1].is_title, 1);
	ck_assert(!has_sentence(a, "Honest news"));
	ck_assert(!has_sentence(a, "Ferries"));
	article_free(a);
}
END_TEST

START_TEST(test_furniture3)
{
	check_case(&furniture3_cases[_i]);
}
END_TEST

/* Session nine's page furniture: bars of buttons and appeals over the
 * headline, a broadcaster's menu, a live page's bare times, blocks of
 * videos and a programme's promo, reader comments under their heading,
 * "Name in Place" bylines, a stamp line with a relative time, "With"
 * credits, a syndicated page's agency, a paragraph over a photo credit,
 * datelines in mixed case before a spaced dash or a full stop, or before
 * a comma and a time stamp's label. */
static const struct article_case page9_cases[] = {
	{ "a bar of buttons over the headline",
	  "Abonnez-vous | Connexion\n"
	  "Ferry strike ends after nine days\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry strike ends after nine days", NULL, NULL, NULL, NULL, 2,
	  "ferry line", "Connexion" },
	{ "a bar with a word that is no button is no bar of buttons",
	  "Ferry strike | Connexion\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry strike | Connexion", NULL, NULL, NULL, NULL, 2,
	  "ferry line", NULL },
	{ "a site's appeal and a monthly donation over the headline",
	  "Support The Hindu\n"
	  "Fund independent journalism for \xe2\x82\xac" "4 a month\n"
	  "Ferry strike ends after nine days\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry strike ends after nine days", NULL, NULL, NULL, NULL, 2,
	  "ferry line", "journalism" },
	{ "a broadcaster's menu with a brand in camel case",
	  "Home News Sport Weather iRadio Podcasts\n"
	  "Ferry strike ends after nine days\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry strike ends after nine days", NULL, NULL, NULL, NULL, 2,
	  "ferry line", "iRadio" },
	{ "a live page's entries under bare times with a.m. and p.m.",
	  "Ferry strike live: talks resume in Bodo\n"
	  "6:40 p.m.\n"
	  "The union said talks would resume on Tuesday.\n"
	  "9:05 a.m.\n"
	  "The ferry line kept its boats in port, operators said.\n",
	  "Ferry strike live: talks resume in Bodo", NULL, NULL, NULL, NULL,
	  3, "kept its boats", "6:40" },
	{ "a block of videos with their running times",
	  "Ferry strike ends after nine days\n"
	  "The ferry line reopened on Monday, operators said.\n"
	  "The union agreed to the deal.\n"
	  "Watch\n"
	  "Passengers cheer the first ferry. Video, 00:01:05\n"
	  "Video Duration 01 minutes 40 seconds\n",
	  "Ferry strike ends after nine days", NULL, NULL, NULL, NULL, 3,
	  "union agreed", "Passengers cheer" },
	{ "a sentence about a video stays",
	  "Ferry strike ends after nine days\n"
	  "The ferry line reopened on Monday, operators said.\n"
	  "Crews filmed the harbour in a video lasting 1:05.\n",
	  "Ferry strike ends after nine days", NULL, NULL, NULL, NULL, 3,
	  "filmed the harbour", NULL },
	{ "a programme's promo under its name",
	  "Ferry strike ends after nine days\n"
	  "The ferry line reopened on Monday, operators said.\n"
	  "The union agreed to the deal.\n"
	  "From: Harbour Talk\n"
	  "Can the ferries survive another winter?\n",
	  "Ferry strike ends after nine days", NULL, NULL, NULL, NULL, 3,
	  "union agreed", "survive" },
	{ "reader comments under a heading without a count",
	  "Ferry strike ends after nine days\n"
	  "The ferry line reopened on Monday, operators said.\n"
	  "The union agreed to the deal.\n"
	  "Comments\n"
	  "Join the discussion\n"
	  "K. Lund \xc2\xb7 2 hours ago\n"
	  "Good news for the town. At last.\n",
	  "Ferry strike ends after nine days", NULL, NULL, NULL, NULL, 3,
	  "union agreed", "Good news" },
	{ "a lone comments button does not end the text",
	  "Ferry strike ends after nine days\n"
	  "The ferry line reopened on Monday, operators said.\n"
	  "Comments\n"
	  "The union said talks would resume on Tuesday.\n",
	  "Ferry strike ends after nine days", NULL, NULL, NULL, NULL, 3,
	  "talks would resume", NULL },
	{ "a writer's name and post over the date line",
	  "Ferry strike ends after nine days\n"
	  "Anna Berg in Bodo\n"
	  "Tue 3 Mar 2026 10.05 GMT\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry strike ends after nine days", "2026-03-03", NULL, NULL, NULL,
	  2, "ferry line", "Anna Berg" },
	{ "a stamp line with an outlet, a date and a relative time",
	  "Ferry strike ends after nine days\n"
	  "The Hindu \xc2\xb7 Posted: Mar 3, 2026 7:02 AM ET | Last Updated: "
	  "5 hours ago\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry strike ends after nine days", "2026-03-03", NULL,
	  "The Hindu", NULL, 2, "ferry line", "Posted" },
	{ "a closing line crediting agencies with \"With\"",
	  "Ferry strike ends after nine days\n"
	  "The ferry line reopened on Monday, operators said.\n"
	  "With Reuters and AFP\n",
	  "Ferry strike ends after nine days", NULL, NULL, NULL,
	  "Reuters;AFP", 2, "ferry line", "With Reuters" },
	{ "\"With\" before words that are no outlets is content",
	  "Ferry strike ends after nine days\n"
	  "The ferry line reopened on Monday, operators said.\n"
	  "With Reuters and the harbour master\n",
	  "Ferry strike ends after nine days", NULL, NULL, NULL, "Reuters",
	  3, "harbour master", NULL },
	{ "a notice that the page was translated automatically",
	  "This page was translated automatically from Norwegian. Original "
	  "text\n"
	  "Ferry strike ends after nine days\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry strike ends after nine days", NULL, NULL, NULL, NULL, 2,
	  "ferry line", "translated" },
	{ "a read-also link in French",
	  "Ferry strike ends after nine days\n"
	  "The ferry line reopened on Monday, operators said.\n"
	  "\xc3\x80 lire aussi : Les ferries du nord en difficult\xc3\xa9 ?\n",
	  "Ferry strike ends after nine days", NULL, NULL, NULL, NULL, 2,
	  "ferry line", "lire aussi" },
	{ "an agency's name under the headline of a known paper's page",
	  "The Tribune\n"
	  "Ferry strike ends after nine days\n"
	  "PTI\n"
	  "The ferry line reopened on Monday, operators said.\n"
	  "Copyright \xc2\xa9 The Tribune Trust, 2026\n",
	  "Ferry strike ends after nine days", NULL, NULL, "The Tribune",
	  "PTI", 2, "ferry line", NULL },
	{ "a long paragraph with a clause over a photo credit stays",
	  "Ferry strike ends after nine days\n"
	  "The ferry line reopened on Monday, operators said.\n"
	  "The strike is the longest on the coast since March 2019, when a "
	  "storm sank a ferry off Bodo, killing 12 people.\n"
	  "Photograph: Jo Lee/Harbour Pictures\n",
	  "Ferry strike ends after nine days", NULL, NULL, NULL, NULL, 3,
	  "longest on the coast", "Jo Lee" },
	{ "a caption over a photo credit goes with it",
	  "Ferry strike ends after nine days\n"
	  "The ferry line reopened on Monday, operators said.\n"
	  "Waves break over the pier at Bodo harbour on Monday.\n"
	  "Photograph: Jo Lee/Harbour Pictures\n",
	  "Ferry strike ends after nine days", NULL, NULL, NULL, NULL, 2,
	  "ferry line", "Waves break" },
	{ "a place in mixed case and a spaced dash open the lede",
	  "Ferry strike ends after nine days\n\n"
	  "Port Arden \xe2\x80\x94 The ferry line reopened on Monday, "
	  "operators said.\n",
	  "Ferry strike ends after nine days", NULL, "Port Arden", NULL, NULL,
	  2, "The ferry line", "Arden" },
	{ "a place and a hyphen between spaces open a translated lede",
	  "Ferry strike ends after nine days\n\n"
	  "Lakeside - The ferry line reopened on Monday, operators said.\n",
	  "Ferry strike ends after nine days", NULL, "Lakeside", NULL, NULL,
	  2, "The ferry line", "Lakeside" },
	{ "a name and an aside between dashes is no dateline",
	  "Ferry strike ends after nine days\n\n"
	  "Anna Berg - a ferry captain - said the line reopened on "
	  "Monday.\n",
	  "Ferry strike ends after nine days", NULL, NULL, NULL, NULL, 2,
	  "Anna Berg", NULL },
	{ "a place in mixed case and a full stop open the lede",
	  "Ferry strike ends after nine days\n\n"
	  "Vila do Porto. The ferry line reopened on Monday, operators in "
	  "Vila do Porto said.\n",
	  "Ferry strike ends after nine days", NULL, "Vila do Porto", NULL,
	  NULL, 2, "The ferry line", "Vila do Porto." },
	{ "a one-word sentence the text does not repeat is no dateline",
	  "Ferry strike ends after nine days\n\n"
	  "Chaos. The ferry line reopened on Monday, operators said.\n",
	  "Ferry strike ends after nine days", NULL, NULL, NULL, NULL, 3,
	  "Chaos.", NULL },
	{ "a title's abbreviation is no dateline",
	  "Ferry strike ends after nine days\n\n"
	  "Gen. Lee said the ferry line reopened on Monday, Gen. Lee's aide "
	  "added.\n",
	  "Ferry strike ends after nine days", NULL, NULL, NULL, NULL, 2,
	  "Gen. Lee said", NULL },
	{ "a place before a comma and a time stamp's label",
	  "Ferry strike ends after nine days\n"
	  "Port Arden, Updated At : 10:05 PM Mar 3, 2026 (IST)\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry strike ends after nine days", "2026-03-03", "Port Arden",
	  NULL, NULL, 2, "The ferry line", "Updated" },
	{ "a weekday before a comma and a label is no place",
	  "Ferry strike ends after nine days\n"
	  "Tuesday, Updated At : 10:05 PM Mar 3, 2026 (IST)\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry strike ends after nine days", "2026-03-03", NULL, NULL, NULL,
	  2, "The ferry line", "Updated" },
	{ "an \"Author\" byline under a menu column is no headline",
	  "Ferry strike ends after nine days, union says\n"
	  "Skip to content\n"
	  "Harbour\n"
	  "Topics\n"
	  "Europe\n"
	  "Norway\n"
	  "Date 03.03.2026\n"
	  "Author Anna Berg\n"
	  "The ferry line reopened on Monday, operators said.\n",
	  "Ferry strike ends after nine days, union says", "2026-03-03", NULL,
	  NULL, NULL, 2, "ferry line", "Anna Berg" },
};

START_TEST(test_page9)
{
	check_case(&page9_cases[_i]);
}
END_TEST

Suite *
article_suite(void)
{
	Suite	*s = suite_create("article");
	TCase	*tc;

	tc = tcase_create("rules");
	tcase_add_loop_test(tc, test_article, 0, PX_NITEMS(article_cases));
	tcase_add_loop_test(tc, test_date, 0, PX_NITEMS(date_cases));
	tcase_add_loop_test(tc, test_month_day, 0,
	    PX_NITEMS(month_day_cases));
	tcase_add_test(tc, test_date_body_only);
	tcase_add_loop_test(tc, test_not_date, 0, PX_NITEMS(not_dates));
	tcase_add_loop_test(tc, test_date_outlet, 0,
	    PX_NITEMS(date_outlet_cases));
	suite_add_tcase(s, tc);
	tc = tcase_create("input");
	tcase_add_test(tc, test_offsets_cp1252);
	tcase_add_test(tc, test_offsets_utf8);
	tcase_add_test(tc, test_latin1_and_invalid);
	tcase_add_test(tc, test_recurring);
	tcase_add_test(tc, test_recurring_top);
	tcase_add_test(tc, test_override);
	tcase_add_loop_test(tc, test_reject, 0, PX_NITEMS(reject_cases));
	tcase_add_test(tc, test_huge_line);
	tcase_add_loop_test(tc, test_dateline_marker, 0,
	    PX_NITEMS(marker_lines));
	tcase_set_timeout(tc, 60);
	suite_add_tcase(s, tc);
	tc = tcase_create("pages");
	tcase_add_loop_test(tc, test_page, 0, PX_NITEMS(page_cases));
	tcase_add_test(tc, test_late_title);
	tcase_add_loop_test(tc, test_furniture3, 0,
	    PX_NITEMS(furniture3_cases));
	tcase_add_loop_test(tc, test_page9, 0, PX_NITEMS(page9_cases));
	suite_add_tcase(s, tc);
	return s;
}
