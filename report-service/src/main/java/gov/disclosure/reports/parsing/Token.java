package gov.disclosure.reports.parsing;

import java.math.BigDecimal;

/**
 * A piece of a table line: text, a number, a dash standing for nothing ("—", "-", "/", "无"),
 * or an empty tab cell (a merged or unfilled cell).
 *
 * @param line  the index of the line it is on
 * @param cell  its tab cell in that line, or -1 when the line has no tabs
 * @param value the number, for {@link Kind#NUMBER} only
 * @param delimited whether its line's cells were marked at both ends ({@link Line#delimited()})
 */
record Token(Kind kind, String text, BigDecimal value, int line, int cell, boolean delimited) {

    Token(Kind kind, String text, BigDecimal value, int line, int cell) {
        this(kind, text, value, line, cell, false);
    }

    enum Kind { TEXT, NUMBER, DASH, EMPTY }

    boolean isText() {
        return kind == Kind.TEXT;
    }

    /** A number or a dash: something printed in a value cell. */
    boolean isValue() {
        return kind == Kind.NUMBER || kind == Kind.DASH;
    }

    boolean isEmpty() {
        return kind == Kind.EMPTY;
    }
}
