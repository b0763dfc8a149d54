/*
 * claims-words.c: the word lists that more than one claims file reads
 * (declared in claims-int.h as words_...).  A list only one file reads is
 * static in that file.  The lists are constant; tok_in_list() builds the
 * index of each on its first use.
 */
#include "px.h"
#include "claims.h"
#include "claims-int.h"
#include "entities.h"
#include "numbers.h"

#include <ctype.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unictype.h>

/* A list other claims files share (claims-int.h declares it). */
#define WORDS(name, ...)						\
	static const char *const name##_words[] = { __VA_ARGS__, NULL };\
	struct wordset name[1] = { { name##_words, 0, { 0 } } }

WORDS(words_stop_caps, "the", "a", "an", "for", "with", "to", "and", "in", "on",
    "at", "of", "after", "as", "by", "from", "but", "or", "is", "was",
    "will", "has", "have", "it", "he", "she", "they", "we", "i", "this",
    "that", "there", "his", "her", "our", "their", "its", "you", "said",
    "says", "if", "when", "while", "however", "meanwhile", "earlier",
    "later", "then", "also", "both", "all", "no", "not", "since",
    "during", "before", "under", "over", "into", "amid", "according",
    "says", "agrees", "agreed", "send", "sends", "talks", "delegation");