/*
 * suites.h: the list of Check suites, one per engine module (and one for the
 * command-line options).  X-macro: each SUITE(name) names a function
 * Suite *name_suite(void) defined in tests/check-name.c.
 */
#ifndef PX_SUITES_H
#define PX_SUITES_H

#include <check.h>

#define PX_SUITES \
	SUITE(util) \
	SUITE(paths) \
	SUITE(options) \
	SUITE(story) \
	SUITE(align) \
	SUITE(tokens) \
	SUITE(tokmemo) \
	SUITE(pairset) \
	SUITE(match) \
	SUITE(text) \
	SUITE(sentence) \
	SUITE(outlets) \
	SUITE(furniture) \
	SUITE(article) \
	SUITE(store) \
	SUITE(json) \
	SUITE(numbers) \
	SUITE(claims) \
	SUITE(conflict) \
	SUITE(entities) \
	SUITE(ingest) \
	SUITE(diff) \
	SUITE(cells) \
	SUITE(rows) \
	SUITE(keys) \
	SUITE(report) \
	SUITE(verdict) \
	SUITE(months) \
	SUITE(table)

#define SUITE(n) Suite *n##_suite(void);
PX_SUITES
#undef SUITE

#endif
