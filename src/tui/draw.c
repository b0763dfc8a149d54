/*
 * draw.c: the one renderer.  Views produce lines of cells (cells.c has
 * sanitised every character in them); this file is the only code that puts
 * anything on the terminal, and it puts nothing but cells.
 *
 * Each frame is drawn into curses' virtual screen from scratch and
 * doupdate() sends only what changed, with idlok() letting curses scroll by
 * inserting and deleting lines: a key press that moves one line costs one
 * line of output on a slow link.  The bottom-right cell is never written
 * (it would scroll some terminals).  Cells hold UTF-8 whatever the locale;
 * they go to curses as wide characters, which curses writes in the
 * locale's character set (cells.c kept only what that set has).
 */
#include "px.h"
#include "tui.h"

#include <stdio.h>
#include <string.h>

#include <curses.h>
#include <unistr.h>
#include <wchar.h>

/* Put one cell (a character and its combining marks) at the cursor. */
static void
draw_cell(const struct cell *c)
{
	wchar_t		 w[CELL_BYTES];
	const uint8_t	*p = (const uint8_t *)c->ch;
	ucs4_t		 uc;
	int		 n, k = 0;

	while (*p != '\0' && k < CELL_BYTES - 1) {
		if ((n = u8_mbtouc(&uc, p, u8_strlen(p))) <= 0)
			break;
		w[k++] = (wchar_t)uc;
		p += n;
	}
	if (k > 0)
		addnwstr(w, k);
}

/* Draw one line of cells at row y, padded to the width with its fill. */
static void
draw_line(int y, const struct line *l, int width, int base)
{
	unsigned long	 sel = l->sel ? theme_attr(ROLE_SELECTED) : 0;
	unsigned long	 a;
	size_t		 i;
	int		 x = 0, fill;

	if (y == LINES - 1)
		width--;		/* never the bottom-right cell */
	move(y, 0);
	for (i = 0; i < l->n; i++) {
		if (x + l->cells[i].width > width)
			break;
		a = l->cells[i].role == ROLE_TEXT && base != ROLE_TEXT ?
		    theme_attr(base) : theme_attr(l->cells[i].role);
		attrset((attr_t)(a | sel));
		draw_cell(&l->cells[i]);
		x += l->cells[i].width;
	}
	fill = l->fill >= 0 ? l->fill : base;
	if (l->sel || fill != ROLE_TEXT) {
		attrset((attr_t)((l->sel ? 0 : theme_attr(fill)) | sel));
		for (; x < width; x++)
			addch(' ');
	} else {
		attrset(A_NORMAL);
		clrtoeol();
	}
	attrset(A_NORMAL);
}

/* The status line: a message, or the position and the help hint. */
static void
draw_status(struct ui *ui, struct view *v, long count)
{
	struct line	 l;
	char		 pos[64];
	const char	*hint = _("? help  q back");
	int		 w;

	memset(&l, 0, sizeof l);
	cells_clear(&l);
	if (ui->message != NULL) {
		cells_addstr(&l, ui->message,
		    ui->message_error ? ROLE_ERROR : ROLE_STATUS);
	} else {
		cells_addstr(&l, " ", ROLE_STATUS);
		cells_addstr(&l, hint, ROLE_STATUS);
	}
	if (v != NULL && count > 0) {
		snprintf(pos, sizeof pos, " %ld/%ld ",
		    ((v->ops->flags & VIEW_LIST) ? v->cur : v->top) + 1, count);
		w = cells_width(pos);
		cells_truncate_mark(&l, ui->cols - w - 1);
		cells_pad(&l, ui->cols - w - 1, ROLE_STATUS);
		cells_addstr(&l, pos, ROLE_STATUS);
	}
	l.fill = ROLE_STATUS;
	cells_truncate(&l, ui->cols);
	draw_line(LINES - 1, &l, ui->cols, ROLE_STATUS);
	cells_free(&l);
}

void
draw_frame(struct ui *ui)
{
	struct view	*v = ui_view(ui);
	struct lines	*f = &ui->frame;
	struct line	 head;
	long		 item, count;
	int		 y, body = ui_body_lines(ui);
	size_t		 i, skip;

	if (ui->dirty == 2)
		clearok(curscr, TRUE);
	erase();
	memset(&head, 0, sizeof head);
	cells_clear(&head);
	if (v != NULL) {
		cells_addstr(&head, " ", ROLE_TITLE);
		v->ops->title(v, &head, ui->cols);
	}
	head.fill = ROLE_TITLE;
	cells_truncate_mark(&head, ui->cols);
	draw_line(0, &head, ui->cols, ROLE_TITLE);
	cells_free(&head);

	count = v != NULL ? v->ops->count(v) : 0;
	y = 1;
	if (v != NULL) {
		skip = (size_t)v->topline;
		for (item = v->top; item < count && y <= body; item++) {
			lines_clear(f);
			if (v->ops->render(v, item, ui->cols, f) != 0)
				break;
			for (i = skip; i < f->n && y <= body; i++) {
				f->v[i].sel = (v->ops->flags & VIEW_LIST) &&
				    item == v->cur;
				cells_truncate_mark(&f->v[i], ui->cols);
				draw_line(y++, &f->v[i], ui->cols, ROLE_TEXT);
			}
			skip = 0;
		}
	}
	draw_status(ui, v, count);
	wnoutrefresh(stdscr);
	doupdate();
	ui->dirty = 0;
}

/*
 * The whole screen is cleared (what the terminal kept from the bigger
 * screen, rewrapped, must not stay) and the message wrapped to the width.
 */
void
draw_too_small(struct ui *ui)
{
	struct line	 l;
	struct lines	*f = &ui->frame;
	char		 buf[128];
	size_t		 i;
	int		 y;

	clearok(curscr, TRUE);
	erase();
	memset(&l, 0, sizeof l);
	cells_clear(&l);
	snprintf(buf, sizeof buf, _("terminal too small: %dx%d, need %dx%d"),
	    COLS, LINES, TUI_MIN_COLS, TUI_MIN_LINES);
	cells_addstr(&l, buf, ROLE_ERROR);
	lines_clear(f);
	if (cells_wrap(&l, COLS - 1, 0, f) == 0) {
		y = (LINES - (int)f->n) / 2;
		if (y < 0)
			y = 0;
		for (i = 0; i < f->n && y < LINES - 1; i++) {
			cells_truncate_mark(&f->v[i], COLS - 1);
			draw_line(y++, &f->v[i], COLS, ROLE_TEXT);
		}
	}
	cells_free(&l);
	wnoutrefresh(stdscr);
	doupdate();
	ui->dirty = 0;
}

void
draw_prompt(struct ui *ui, const char *prompt, const char *text)
{
	struct line	l;
	size_t		first;
	int		w;

	memset(&l, 0, sizeof l);
	cells_clear(&l);
	cells_addstr(&l, prompt, ROLE_STATUS);
	first = l.n;
	cells_addstr(&l, text, ROLE_TEXT);
	/* Keep the end of a long input in view. */
	while (l.cols > ui->cols - 2 && l.n > (size_t)first) {
		w = l.cells[first].width;
		memmove(l.cells + first, l.cells + first + 1,
		    (l.n - first - 1) * sizeof *l.cells);
		l.cols -= w;
		l.n--;
	}
	cells_truncate(&l, ui->cols - 2);
	draw_line(LINES - 1, &l, ui->cols, ROLE_TEXT);
	move(LINES - 1, l.cols);
	cells_free(&l);
	wnoutrefresh(stdscr);
	doupdate();
}
