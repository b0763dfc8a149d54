/*
 * paths.h: where parallax keeps things.  The database defaults to
 * $XDG_DATA_HOME/parallax/parallax.db (or ~/.local/share/...); data tables
 * come from the package's data directory and are extended by files of the
 * same name under $XDG_CONFIG_HOME/parallax (or ~/.config/parallax).
 */
#ifndef PX_PATHS_H
#define PX_PATHS_H

#include <stddef.h>

/* The default database path from the given environment values (either may
 * be NULL or empty); NULL when neither gives a directory.  Caller frees. */
char *paths_default_db(const char *xdg_data_home, const char *home);

/* The same from the process environment (PARALLAX_DB first). */
char *paths_db_from_env(void);

/* The user's configuration directory from the given values; caller frees. */
char *paths_config_dir(const char *xdg_config_home, const char *home);

/* The package data directory: $PARALLAX_DATADIR if set, else the installed
 * one.  Not to be freed. */
const char *paths_data_dir(void);

/*
 * The files that make up data table NAME, system one first and then the
 * user's: up to 2 malloc'd paths in out[], count returned.  Only files that
 * exist are listed.
 */
size_t paths_data_files(const char *name, char *out[2]);

/* Create the parent directories of path (mode 0700 for new ones). */
int paths_mkparents(const char *path, char **cause);

#endif
