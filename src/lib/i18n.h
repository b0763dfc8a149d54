/*
 * i18n.h: the gettext macros, the GNU hello way.  _() marks a message for
 * translation and translates it; N_() only marks it (for tables).
 */
#ifndef PX_I18N_H
#define PX_I18N_H

#ifdef HAVE_CONFIG_H
#include <config.h>
#endif

#if ENABLE_NLS
#include <libintl.h>
#define _(s) gettext(s)
#define P_(s, p, n) ngettext((s), (p), (n))
#else
#define _(s) (s)
#define P_(s, p, n) ((n) == 1 ? (s) : (p))
#endif
#define N_(s) (s)

#endif
