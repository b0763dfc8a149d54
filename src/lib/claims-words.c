/*
 * claims-words.c: the word lists that more than one claims file reads
 * (declared in claims-int.h as words_...).  A list only one file reads is
 * static in that file.  The lists are constant; each is indexed when the
 * program is loaded (see struct wordset in claims-int.h).
 */
#include "px.h"
#include "claims.h"
#include "claims-int.h"

/* A list other claims files share (claims-int.h declares it). */
#define WORDS(name, ...)	WS_DEFINE(, name, __VA_ARGS__)

WORDS(words_say_verbs, "said", "says", "say", "told", "tells", "tell",
    "announced", "announces", "stated", "claimed", "claiming", "reported",
    "informed", "informs", "added", "adds", "adding", "stressed", "stressing",
    "insisted", "insists", "noted", "noting", "confirmed", "confirms", "denied",
    "denies", "warned", "explained", "wrote", "tweeted", "posted", "declared",
    "estimated", "acknowledged", "admitted", "alleged", "asserted", "argued",
    "saying", "emphasised", "emphasized", "announcing", "revealed",
    "disclosed");
WORDS(words_aux_back, "has", "have", "had", "also", "later", "earlier", "again",
    "then", "previously", "reportedly", "further", "separately", "would",
    "will", "was", "were", "is", "had", "first", "officially", "publicly",
    "repeatedly", "once", "recently");
WORDS(words_titles, "president", "minister", "spokesman", "spokeswoman",
    "spokesperson", "adviser", "advisor", "advisers", "advisors", "aide",
    "aides", "official", "officials", "secretary", "premier", "chancellor",
    "leader", "head", "chief", "commander", "general", "governor", "mayor",
    "envoy", "ambassador", "negotiator", "representative", "senior", "top",
    "presidential", "foreign", "defence", "defense", "interior", "prime",
    "deputy", "parliamentary", "military", "spokespeople", "king", "queen",
    "prince", "pope", "sheikh", "mr", "mrs", "ms", "dr", "lt", "col", "gen",
    "colonel", "lieutenant", "major", "captain", "admiral", "marshal",
    "chairman", "chairwoman", "speaker", "director", "faction", "press",
    "secretary-general", "state", "health", "emergency", "emergencies",
    "regional", "local", "acting", "former", "vice", "security",
    "intelligence", "us", "uk", "un", "eu", "nato", "white", "house",
    "government", "ministry", "army", "police", "office", "agency",
    "service", "council", "administration", "department", "command",
    "staff", "forces", "authorities", "authority", "news", "kremlin",
    "media", "party", "committee", "parliament", "embassy", "mission",
    "commissioner", "attorney", "prosecutor", "judge", "officer", "source",
    "sources", "witness", "witnesses", "residents", "rescuers", "rescue",
    "fire", "brigade", "coroner", "hospital", "doctors", "medics",
    "operator", "company", "firm", "agency's", "ministry's", "ombudsman",
    "observer", "monitors", "monitor", "group", "analyst", "expert",
    "journalist", "correspondent", "reporter", "spokesmen", "spy",
    "delegation", "delegate", "negotiators", "special", "federal",
    "diplomat", "diplomats", "side", "air", "force", "navy", "guard",
    "national", "state's", "civil", "defense-ministry", "health-ministry",
    "general's", "vice-president", "vice-chairman", "vice-chairwoman",
    "vice-premier", "vice-minister", "vice-chair",
    /* portfolios: "Minister for Foreign Affairs" */
    "affairs", "trade", "finance", "commerce", "justice");
WORDS(words_bodies, "ministry", "military", "army", "forces", "kremlin",
    "government", "police", "agency", "council", "office", "administration",
    "parliament", "committee", "command", "staff", "service", "department",
    "authorities", "authority", "party", "embassy", "mission", "brigade",
    "hospital", "company", "firm", "group", "media", "navy", "guard",
    "court", "house", "pentagon", "cabinet", "presidency", "commission",
    "corps", "headquarters", "operator", "union", "organisation",
    "organization", "institute", "center", "centre", "bureau", "monitors",
    "association", "federation", "confederation", "foundation", "society",
    "league", "network", "syndicate", "chamber", "board", "tribunal",
    "secretariat", "directorate", "inspectorate", "observatory", "force");
WORDS(words_humans, "spokesman", "spokeswoman", "spokesperson", "adviser",
    "advisor", "aide", "official", "minister", "secretary", "president",
    "leader", "head", "chief", "commander", "general", "governor", "mayor",
    "envoy", "ambassador", "negotiator", "representative", "premier",
    "chancellor", "officer", "source", "witness", "director", "chairman",
    "chairwoman", "chairperson", "speaker", "prosecutor", "judge", "coroner",
    "analyst", "expert", "journalist", "correspondent", "reporter",
    "commissioner", "ombudsman", "observer", "doctor", "resident", "diplomat",
    "vice-president", "vice-chairman", "vice-chairwoman", "vice-premier",
    "vice-minister", "vice-chair");
WORDS(words_pron_human, "he", "she", "him", "her");
WORDS(words_dets, "the", "a", "an");
WORDS(words_poss_pron, "his", "her", "their", "its");
WORDS(words_days, "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "today", "tomorrow", "tonight", "yesterday");
WORDS(words_day_parts, "morning", "afternoon", "evening", "night", "midday",
    "noon", "midnight");
WORDS(words_months, "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
    /* abbreviated before a day, with the point (claims-tok.c) */
    "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.",
    "oct.", "nov.", "dec.");
WORDS(words_stop_caps, "the", "a", "an", "for", "with", "to", "and", "in", "on",
    "at", "of", "after", "as", "by", "from", "but", "or", "is", "was",
    "will", "has", "have", "it", "he", "she", "they", "we", "i", "this",
    "that", "there", "his", "her", "our", "their", "its", "you", "said",
    "says", "if", "when", "while", "however", "meanwhile", "earlier",
    "later", "then", "also", "both", "all", "no", "not", "since",
    "during", "before", "under", "over", "into", "amid", "according",
    "says", "agrees", "agreed", "send", "sends", "talks", "delegation");
WORDS(words_lead_adverbials, "however", "meanwhile", "earlier", "later", "in",
    "on", "at", "after", "before", "ahead", "responding", "announcing",
    "separately", "also", "but", "and", "yet", "still", "moreover", "then",
    "now", "today", "yesterday", "last", "this", "since", "while",
    "during", "following", "amid", "apparently", "speaking", "asked",
    "addressing", "writing", "in", "for", "by", "under", "with", "without",
    "despite", "according", "as", "when", "once", "instead", "indeed",
    "overnight", "separately", "elsewhere", "further", "furthermore",
    "additionally", "besides", "nevertheless", "nonetheless", "thus");
WORDS(words_detain_participles, "detained", "arrested", "jailed", "imprisoned");
WORDS(words_np_stop, "have", "has", "had", "were", "was", "are", "is", "been",
    "be", "will", "would", "could", "may", "might", "remain", "remained",
    "remains", "in", "on", "at", "since", "during", "from", "by", "with", "as",
    "after", "before", "near", "across", "inside", "for", "to", "while", "and",
    "but", "or", "including", "who", "which", "that", "when", "where", "so",
    "reportedly", "also", "now", "still", "had", "being", "got", "get",
    "across", "over", "under", "around", "among", "into", "than", "nor", "all",
    "each", "this", "these", "those", "there", "here", "not", "no", "yet",
    "already", "overnight", "yesterday", "today", "tonight", "last", "recently",
    "earlier", "later", "this", "next", "early", "late", "outside", "along",
    "throughout", "within", "without", "yearly", "annually", "daily");
WORDS(words_venue_events, "talks", "negotiations", "negotiation", "meeting",
    "meetings", "summit", "conference", "consultations", "session",
    "dialogue");
WORDS(words_strong_delegates, "delegation", "delegations", "negotiators",
    "envoys", "envoy", "emissaries", "delegates");
WORDS(words_send_verbs, "send", "sends", "sent", "sending", "dispatch",
    "dispatched", "dispatching", "dispatches");
WORDS(words_venue_verbs, "held", "hold", "holding", "place", "convene",
    "arranged", "convened", "meet", "met", "start", "started", "begin",
    "began", "resume", "resumed", "open", "opened", "continue", "continued",
    "take", "took", "taking", "takes", "be", "is", "was", "are", "were",
    "happen", "occur", "reconvene", "go", "went", "gather", "gathered",
    "hosted", "staged");
/* Words that fix an event for a time: "the meeting is set for Friday". */
WORDS(words_schedule_words, "set", "scheduled", "slated", "planned", "due",
    "fixed", "pencilled", "penciled");
WORDS(words_incident_nouns, "attack", "attacks", "assault", "offensive", "raid",
    "raids", "bombardment", "shelling", "ambush", "uprising");

/*
 * Words that put a count in another, earlier event than the story's own:
 * "a similar collision", "the previous record", "an earlier attack"
 * (after an article; "the previous day" is still the story's, and so is
 * "updating an earlier toll", a figure revised).  Verbs
 * that date the start of what is still going on ("broke out in 2023"),
 * which makes a year no sign of a past event.
 */
WORDS(words_past_adjs, "similar", "previous", "prior", "earlier", "comparable");
WORDS(words_ago_units, "year", "years", "decade", "decades", "century",
    "centuries");
WORDS(words_exchange_nouns, "exchange", "swap", "handover");