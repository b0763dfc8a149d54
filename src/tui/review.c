/*
 * review.c: the editors' review from inside the reader, shared by the
 * views that show reviewable items (compare: the pair on top; story: the
 * selected claim or conflict; open items: the selected item).
 *
 * Every write is store_review_add() with expect = the id of the latest
 * verdict the view showed (0 if none), signed ui->editor: an item that
 * another editor changed meanwhile is never overridden; the status line
 * then says who did what, in words short enough for it, and the note
 * typed is kept (ui->draft) and offered again by the next verdict or note
 * on that item.
 * A verdict is signed by the editor who records it, so a note taken over
 * from another editor's verdict says whose it was (verdict_note_from()):
 * undo restores "(restored: olena's verdict of DATE) her note", the note
 * key starts from "(olena's note of DATE) her note".
 * Saved or refused, the database changed, so the top view is reloaded
 * (ui_changed()) and shows the item as it is now.  The view's data may
 * therefore be gone when review_action() returns; what is needed of the
 * item is copied first, since a prompt or another editor's change can
 * reload the view meanwhile too.
 */
#include "px.h"
#include "tui.h"
#include "store.h"
#include "verdict.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define REVIEW_NOTE_MAX	(64 * 1024)	/* bytes of a note from an editor */

int
review_is_action(enum action_id a)
{
	return a == ACT_CONFIRM || a == ACT_DISPUTE || a == ACT_NEEDS_CHECK ||
	    a == ACT_NOTE || a == ACT_UNDO;
}

void
review_marker(struct line *l, const struct store_verdict *v)
{
	if (v == NULL)
		cells_addstr(l, " ", ROLE_TEXT);
	else
		cells_addstr(l, verdict_marker(v->verdict, cells_ascii),
		    verdict_role(v->verdict));
}

int
review_render(const struct store_verdict *v, int width, int indent,
    struct lines *out)
{
	struct line	 l;
	char		 when[32], *note;
	int		 rc, more;

	if (v == NULL)
		return 0;
	memset(&l, 0, sizeof l);
	cells_clear(&l);
	cells_pad(&l, indent, ROLE_TEXT);
	review_marker(&l, v);
	cells_addstr(&l, " ", ROLE_TEXT);
	cells_addstr(&l, v->verdict, verdict_role(v->verdict));
	cells_addstr(&l, "  ", ROLE_TEXT);
	cells_addstr(&l, v->editor, ROLE_KEY);
	/* "2026-11-22T09:14:05Z" as "2026-11-22 09:14". */
	snprintf(when, sizeof when, " %.10s %.5s", v->time != NULL ?
	    v->time : "", v->time != NULL && strlen(v->time) > 11 ?
	    v->time + 11 : "");
	cells_addstr(&l, when, ROLE_DIM);
	if (v->note != NULL &&
	    (note = verdict_note_line(v->note, &more)) != NULL) {
		cells_addstr(&l, ": ", ROLE_DIM);
		cells_addstr(&l, note, ROLE_TEXT);
		/* A note of several lines: its first, and more to read. */
		if (more)
			cells_addstr(&l, cells_ascii ? " ~" : " \xe2\x80\xa6",
			    ROLE_DIM);
		free(note);
	}
	rc = cells_wrap(&l, width, indent + 2, out);
	cells_free(&l);
	return rc;
}

/* What a saved verdict did, for the status line. */
enum review_how {
	REVIEW_MARK,
	REVIEW_NOTE,
	REVIEW_UNDO
};

/* The note refused for an item, to offer again; NULL if none. */
static const char *
review_draft(struct ui *ui, enum store_target target, int64_t id)
{
	if (ui->draft != NULL && ui->draft_target == (int)target &&
	    ui->draft_id == id)
		return ui->draft;
	return NULL;
}

static void
review_keep(struct ui *ui, enum store_target target, int64_t id,
    const char *note)
{
	char	*d = note != NULL ? util_strdup(note) : NULL;

	free(ui->draft);
	ui->draft = d;
	ui->draft_target = (int)target;
	ui->draft_id = id;
}

/* Someone changed the item meanwhile: who, briefly (the status line). */
static void
review_stale(struct ui *ui, enum store_target target, int64_t id,
    const struct store_verdict *latest, int kept)
{
	if (latest == NULL)
		ui_message(ui, 1, _("not saved: %s %lld changed meanwhile"),
		    store_target_name(target), (long long)id);
	else if (kept)
		ui_message(ui, 1, _("not saved: %s by %s meanwhile (%s %lld); "
		    "your note is kept"), latest->verdict, latest->editor,
		    store_target_name(target), (long long)id);
	else
		ui_message(ui, 1, _("not saved: %s by %s meanwhile (%s %lld)"),
		    latest->verdict, latest->editor,
		    store_target_name(target), (long long)id);
}

/* Record the verdict, expecting the one shown; say what happened. */
static void
review_add(struct ui *ui, enum store_target target, int64_t id,
    int64_t expect, const char *verdict, const char *note,
    enum review_how how)
{
	struct store_verdict	*latest = NULL;
	char			*cause = NULL;
	int64_t			 vid;
	int			 keep;

	if (store_review_add(ui->st, target, id, expect, verdict, note,
	    ui->editor, &vid, &latest, &cause) != 0) {
		ui_message(ui, 1, "%s", cause != NULL ? cause : _("failed"));
		free(cause);
	} else if (vid == 0) {
		/* The editor's own words are kept; an undo's are not. */
		keep = how != REVIEW_UNDO && note != NULL;
		if (keep)
			review_keep(ui, target, id, note);
		review_stale(ui, target, id, latest, keep);
		store_verdict_free(latest);
	} else if (how == REVIEW_NOTE)
		ui_message(ui, 0, _("%s %lld: note saved, %s (verdict %lld)"),
		    store_target_name(target), (long long)id, verdict,
		    (long long)vid);
	else if (how == REVIEW_UNDO)
		ui_message(ui, 0, _("%s %lld: undone, %s again (verdict %lld)"),
		    store_target_name(target), (long long)id, verdict,
		    (long long)vid);
	else
		ui_message(ui, 0, _("%s %lld marked %s (verdict %lld)"),
		    store_target_name(target), (long long)id, verdict,
		    (long long)vid);
	if (vid != 0 && review_draft(ui, target, id) != NULL)
		review_keep(ui, target, id, NULL);
	ui_changed(ui);
}

/*
 * A longer note: the item's note (if any) in a temporary file with a
 * commented header, edited, read back without the comments.  NULL with
 * the status line saying why when there is no note.
 */
static char *
review_edit(struct ui *ui, enum store_target target, int64_t id,
    const char *verdict, const char *note)
{
	const char	*tmp = getenv("TMPDIR");
	char		*path, *text = NULL, *cause = NULL, *head, *conv;
	size_t		 len;
	FILE		*f;
	int		 fd, status;

	path = util_printf("%s/parallax-note.XXXXXX",
	    tmp != NULL && *tmp == '/' ? tmp : "/tmp");
	if (path == NULL || (fd = mkstemp(path)) == -1) {
		ui_message(ui, 1, "mkstemp: %s", strerror(errno));
		free(path);
		return NULL;
	}
	if ((f = fdopen(fd, "w")) == NULL) {
		ui_message(ui, 1, "fdopen: %s", strerror(errno));
		close(fd);
		goto out;
	}
	/* In the locale's character set, for the editor; a note that it
	 * cannot hold whole stays UTF-8. */
	head = util_printf(_("# The note on %s %lld, kept with its verdict "
	    "(%s).\n# Lines starting with # are left out; an empty note "
	    "saves nothing.\n"), store_target_name(target), (long long)id,
	    verdict);
	if (head != NULL && (conv = ui_to_locale(head, 1)) != NULL) {
		fputs(conv, f);
		free(conv);
	}
	free(head);
	if (note != NULL) {
		conv = ui_to_locale(note, 0);
		fprintf(f, "%s\n", conv != NULL ? conv : note);
		free(conv);
	}
	if (fclose(f) != 0) {
		ui_message(ui, 1, "%s: %s", path, strerror(errno));
		goto out;
	}
	status = ui_edit_file(ui, path, &cause);
	if (status != 0) {
		if (status == -1)
			ui_message(ui, 1, "%s", cause);
		else
			ui_message(ui, 1, _("the editor failed (status %d); "
			    "nothing was saved"), status);
		free(cause);
		goto out;
	}
	if (util_read_file(path, REVIEW_NOTE_MAX, &text, &len, &cause) !=
	    0) {
		ui_message(ui, 1, "%s", cause);
		free(cause);
		goto out;
	}
	if ((conv = ui_from_locale(text)) != NULL) {
		free(text);
		text = conv;
	}
	if (verdict_note_clean(text) == 0) {
		ui_message(ui, 0, "%s", _("empty note: nothing was saved"));
		free(text);
		text = NULL;
	}
out:
	unlink(path);
	free(path);
	return text;
}

int
review_action(struct ui *ui, enum action_id a, const struct review_item *it)
{
	struct store_verdict	*h = NULL;
	const struct store_verdict *from;
	enum store_target	 target = (enum store_target)it->target;
	const char		*verdict, *draft;
	char			*note = NULL, *shown_note = NULL, *prompt;
	char			*shown = NULL, *cause = NULL;
	int64_t			 id = it->id, expect;
	size_t			 nh = 0;
	int			 nomem;

	if (ui->editor == NULL || *ui->editor == '\0') {
		ui_message(ui, 1, "%s", _("a verdict needs an editor's name: "
		    "run parallax --editor NAME"));
		return 1;
	}
	/* Copies: the view may reload (and free these) while we wait. */
	expect = it->latest != NULL ? it->latest->id : 0;
	if (it->latest != NULL)
		shown = util_strdup(it->latest->verdict);
	/* The note shown, saying whose it is when it is not ours. */
	shown_note = verdict_note_from(it->latest, ui->editor, 0, &nomem);
	switch (a) {
	case ACT_CONFIRM:
	case ACT_DISPUTE:
	case ACT_NEEDS_CHECK:
		verdict = a == ACT_CONFIRM ? "confirmed" : a == ACT_DISPUTE ?
		    "disputed" : "needs-check";
		prompt = util_printf(_("%s %lld %s, note (Enter saves, Esc "
		    "cancels): "), store_target_name(target), (long long)id,
		    verdict);
		if (prompt == NULL)
			break;
		note = ui_prompt(ui, prompt, review_draft(ui, target, id));
		free(prompt);
		if (note == NULL) {
			ui_message(ui, 0, "%s", _("cancelled: nothing was "
			    "saved"));
			break;
		}
		review_add(ui, target, id, expect, verdict,
		    *note != '\0' ? note : NULL, REVIEW_MARK);
		break;
	case ACT_NOTE:
		verdict = shown != NULL && strcmp(shown, "cleared") != 0 ?
		    shown : "needs-check";
		draft = review_draft(ui, target, id);
		note = review_edit(ui, target, id, verdict, draft != NULL ?
		    draft : shown_note);
		if (note != NULL && shown_note != NULL &&
		    strcmp(note, shown_note) == 0)
			ui_message(ui, 0, "%s", _("the note is unchanged: "
			    "nothing was saved"));
		else if (note != NULL)
			review_add(ui, target, id, expect, verdict, note,
			    REVIEW_NOTE);
		break;
	case ACT_UNDO:
		if (store_verdicts_of(ui->st, target, id, &h, &nh, &cause) !=
		    0) {
			ui_message(ui, 1, "%s", cause);
			free(cause);
			break;
		}
		if (verdict_undo(h, nh, &verdict, &from) != 0)
			ui_message(ui, 0, "%s", _("nothing to undo"));
		else if ((note = verdict_note_from(from, ui->editor, 1,
		    &nomem)) == NULL && nomem)
			ui_message(ui, 1, "%s", _("out of memory"));
		else
			review_add(ui, target, id, expect, verdict, note,
			    REVIEW_UNDO);
		store_verdicts_free(h, nh);
		break;
	default:
		break;
	}
	free(note);
	free(shown);
	free(shown_note);
	return 1;
}
