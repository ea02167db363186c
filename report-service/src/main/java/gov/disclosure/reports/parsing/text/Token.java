package gov.disclosure.reports.parsing.text;

import java.math.BigDecimal;

/**
 * A piece of a table line: text, a number, a dash standing for nothing ("—", "-", "/", "无"),
 * or an empty tab cell (a merged or unfilled cell).
 *
 * @param line  the index of the line it is on
 * @param cell  its tab cell in that line, or -1 when the line has no tabs
 * @param value the number, for {@link Kind#NUMBER} only
 * @param delimited whether its line's cells were marked at both ends ({@link Line#delimited()})
 * @param glued     whether it was run together with the words before it, as on a page that lost its table's
 *                  separators ("…数量21710000218"), so that the number may hold several cells
 */
public record Token(Kind kind, String text, BigDecimal value, int line, int cell, boolean delimited, boolean glued) {

    public Token(Kind kind, String text, BigDecimal value, int line, int cell, boolean delimited) {
        this(kind, text, value, line, cell, delimited, false);
    }

    public Token(Kind kind, String text, BigDecimal value, int line, int cell) {
        this(kind, text, value, line, cell, false);
    }

    public enum Kind { TEXT, NUMBER, DASH, EMPTY }

    public boolean isText() {
        return kind == Kind.TEXT;
    }

    /** A number or a dash: something printed in a value cell. */
    public boolean isValue() {
        return kind == Kind.NUMBER || kind == Kind.DASH;
    }

    public boolean isEmpty() {
        return kind == Kind.EMPTY;
    }
}
