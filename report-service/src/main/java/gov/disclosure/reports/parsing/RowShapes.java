package gov.disclosure.reports.parsing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a table's rows of tab cells put their values, learned from its rows that print every value: rows alike in
 * shape (their label in the same cell, as many cells after it on its line) put them alike. A Word table copied as
 * text gives a row a leading empty cell where its label spans two columns, and some rows a trailing one: a row with
 * blank cells cannot say which of its cells are the empty ones, its complete neighbours can.
 */
final class RowShapes {

    private final Map<String, Integer> firstValueCell = new HashMap<>();

    /** Learns from a row that printed all its {@code expected} values, all on its label's line. */
    void learn(Token labelEnd, List<Token> cellsOnLine, List<Token> printed, int expected) {
        if (printed.size() != expected || labelEnd.cell() < 0
                || printed.stream().anyMatch(token -> token.line() != labelEnd.line())) {
            return;
        }
        String shape = shape(labelEnd, cellsOnLine.size(), expected);
        int first = cellsOnLine.indexOf(printed.get(0));
        Integer known = firstValueCell.putIfAbsent(shape, first);
        if (known != null && known != first) {
            firstValueCell.put(shape, -1);
        }
    }

    /** The index of the first value among the cells after the label, or -1 when rows of this shape do not agree. */
    int firstValueCell(Token labelEnd, int cellsOnLine, int expected) {
        return firstValueCell.getOrDefault(shape(labelEnd, cellsOnLine, expected), -1);
    }

    private static String shape(Token labelEnd, int cellsOnLine, int expected) {
        return labelEnd.cell() + ":" + cellsOnLine + ":" + expected;
    }
}
