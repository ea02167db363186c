package gov.disclosure.reports.parsing;

import gov.disclosure.reports.parsing.text.Token;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the cells found after a row's label into its readings. The printed numbers are the values when there are
 * exactly as many as the row has. Otherwise the row's cells may still say it: a row with no number at all, or only
 * zeros, is 0; a row of table cells whose empty cells, between its first and last number, fill the missing places
 * has those empty cells as 0; a row of space-separated cells with too many numbers may have numbers printed with a
 * space for the thousands separator ({@link SpacedThousands}). A row with fewer numbers than cells that its cells
 * do not place has every reading its numbers allow ({@link CellAlternatives}): the table's arithmetic chooses, or
 * nothing does and the row's cells are refused. Nothing is guessed at.
 */
final class CellValues {

    private static final BigDecimal MAX_ITEM_NUMBER = BigDecimal.valueOf(9);

    private CellValues() {
    }

    /**
     * @param words words in table cells after the label on its line, when no number follows it ("不详", "未统计"):
     *              the row says something, but not a number
     */
    static RowReading interpret(RowSpec spec, List<Token> cells, List<Token> words, Token labelEnd,
                                     Token nextLabel) {
        int expected = spec.values();
        List<Token> printed = cells.stream().filter(Token::isValue).toList();
        if (printed.size() == expected + 1 && isItemNumberOfNextLabel(printed.get(expected), cells, nextLabel)) {
            printed = printed.subList(0, expected);
        }
        if (printed.size() == expected + 1 && isWordOfLabel(printed.get(0))) {
            printed = printed.subList(1, printed.size());
        }
        if (printed.size() == expected) {
            return read(spec, printed, dashNote(printed), labelEnd);
        }
        if (printed.size() > expected && printed.stream().allMatch(token -> token.cell() < 0)) {
            List<Token> joined = SpacedThousands.join(printed, expected);
            if (joined != null && spec.addsUp(values(joined))) {
                return read(spec, joined, "numbers with a space for the thousands separator joined: "
                        + texts(joined.stream().filter(token -> token.text().indexOf(' ') > 0).toList()), labelEnd);
            }
            if (joined != null) {
                return unreadable(spec, "found " + printed.size() + " numbers where it has " + expected + ": "
                        + texts(printed) + "; joined as thousands (" + texts(joined) + ") they do not add up to its total");
            }
        }
        if (printed.isEmpty()) {
            if (!words.isEmpty()) {
                return unreadable(spec, "\"" + texts(words) + "\" where its numbers should be");
            }
            return read(spec, zeros(expected), "its cells are empty: read as 0", labelEnd);
        }
        if (printed.size() < expected) {
            if (printed.stream().allMatch(CellValues::isZero)) {
                return read(spec, zeros(expected), "only zeros printed, its other cells empty: read as 0", labelEnd);
            }
            List<Token> placed = placedInCells(cells, printed, expected, labelEnd);
            if (placed != null) {
                return read(spec, placed, "empty cells read as 0", labelEnd);
            }
            return alternatives(spec, printed, labelEnd);
        }
        return unreadable(spec, "found " + printed.size() + " numbers where it has " + expected + ": "
                + texts(printed));
    }

    private static boolean isZero(Token token) {
        return token.value() == null || token.value().signum() == 0;
    }

    /** "… 0 0 1" then "3 其他": the 3 numbers the next row, it is not a cell of this one. */
    private static boolean isItemNumberOfNextLabel(Token last, List<Token> cells, Token nextLabel) {
        return nextLabel != null && cells.get(cells.size() - 1) == last && last.line() == nextLabel.line()
                && last.value() != null && last.value().signum() > 0 && last.value().compareTo(MAX_ITEM_NUMBER) <= 0
                && last.value().scale() <= 0;
    }

    /** "4. 无" then "0 0 …" and "正当理由大量反复申请": that 无 is the label's first word, cut off by a space. */
    private static boolean isWordOfLabel(Token first) {
        return first.kind() == Token.Kind.DASH && first.text().equals("无") && first.cell() < 0;
    }

    /**
     * The row's cells when its table cells show where its numbers are: the cells from its first to its last number
     * (across lines, for tables printed a cell a line), the cells following the label in a table printed a cell a
     * line with its blank cells kept, or the cells after the label when they are as many as its values, on a line
     * whose cells are marked at both ends (a pipe or HTML row) or that the label opens (规章\t5\t\t). A Word table
     * copied as tabs may put a merged cell's empty cell after a label set in from the line's start, and end its rows
     * with a tab or not: where such a row's blanks are, it cannot say.
     */
    private static List<Token> placedInCells(List<Token> cells, List<Token> printed, int expected, Token labelEnd) {
        if (printed.stream().anyMatch(token -> token.cell() < 0)) {
            return null;
        }
        int first = indexOf(cells, printed.get(0));
        int last = indexOf(cells, printed.get(printed.size() - 1));
        if (last - first + 1 == expected) {
            return cells.subList(first, last + 1);
        }
        if (isCellALine(cells, labelEnd)) {
            boolean othersEmpty = cells.size() >= expected
                    && cells.subList(expected, cells.size()).stream().allMatch(Token::isEmpty);
            return othersEmpty ? cells.subList(0, expected) : null;
        }
        int line = labelEnd.line();
        List<Token> onLine = cells.stream().filter(token -> token.line() == line).toList();
        boolean allOnLine = printed.stream().allMatch(token -> token.line() == line);
        boolean cellsOfItsOwn = labelEnd.delimited() || labelEnd.cell() == 0;
        return cellsOfItsOwn && allOnLine && onLine.size() == expected ? onLine : null;
    }

    /** A table printed a cell a line, blank cells as lines of their own ("|"): the row's cells follow its label. */
    private static boolean isCellALine(List<Token> cells, Token labelEnd) {
        return !cells.isEmpty() && cells.get(0).line() > labelEnd.line()
                && cells.stream().map(Token::line).distinct().count() == cells.size();
    }

    /** The place of this very token (tokens of equal content may stand in a list more than once). */
    private static int indexOf(List<Token> tokens, Token token) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i) == token) {
                return i;
            }
        }
        return -1;
    }

    /** The readings of a row whose cells do not say where its numbers stand. */
    private static RowReading alternatives(RowSpec spec, List<Token> printed, Token labelEnd) {
        List<List<BigDecimal>> readings = CellAlternatives.of(spec, printed);
        String found = "found " + printed.size() + " of its " + spec.values() + " numbers: " + texts(printed);
        if (readings == null) {
            return unreadable(spec, found + "; they fit its cells in too many ways to tell");
        }
        if (readings.isEmpty()) {
            return unreadable(spec, found + "; no way of placing them in its cells adds up");
        }
        int lastLine = printed.stream().mapToInt(Token::line).max().orElse(labelEnd.line());
        String note = readings.size() == 1 ? found + ": the only reading that adds up" : null;
        return new RowReading(spec, readings, note, null, Math.max(lastLine, labelEnd.line()));
    }

    private static RowReading read(RowSpec spec, List<Token> cells, String note, Token labelEnd) {
        List<BigDecimal> values = new ArrayList<>(cells.size());
        int lastLine = labelEnd.line();
        for (Token cell : cells) {
            values.add(cell.value() != null ? cell.value() : BigDecimal.ZERO);
            lastLine = Math.max(lastLine, cell.line());
        }
        return RowReading.of(spec, values, note, lastLine);
    }

    private static RowReading unreadable(RowSpec spec, String problem) {
        return RowReading.unreadable(spec, problem);
    }

    private static List<BigDecimal> values(List<Token> tokens) {
        return tokens.stream().map(token -> token.value() != null ? token.value() : BigDecimal.ZERO).toList();
    }

    private static String dashNote(List<Token> printed) {
        List<String> dashes = printed.stream().filter(token -> token.kind() == Token.Kind.DASH)
                .map(Token::text).distinct().toList();
        return dashes.isEmpty() ? null : String.join(" ", dashes) + " read as 0";
    }

    private static List<Token> zeros(int count) {
        List<Token> zeros = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            zeros.add(new Token(Token.Kind.EMPTY, "", null, -1, -1));
        }
        return zeros;
    }

    private static String texts(List<Token> tokens) {
        return String.join(" ", tokens.stream().map(Token::text).toList());
    }
}
