package gov.disclosure.reports.parsing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the rows of a template table from a token stream: each row's label anchors it (see {@link LabelMatcher}),
 * and its values are the numbers from its label on, until text follows the numbers or the next row's label
 * begins. That reads numbers on the label's line, on the next line, or amid a label wrapped over lines alike.
 */
final class TableReader {

    /**
     * One row as read.
     *
     * @param values  the row's numbers in column order (dashes and empty cells as 0), or {@code null}
     * @param problem why there are no values: the label was not found or the cells do not fit; else {@code null}
     * @param note    how the values were read when that took a decision, else {@code null}
     * @param lastLine the index of the last line the row's values came from, -1 if none
     */
    record Row(RowSpec spec, List<BigDecimal> values, String problem, String note, int lastLine) {

        boolean found() {
            return values != null;
        }
    }

    static final String NOT_FOUND = "row not found";

    private TableReader() {
    }

    static List<Row> read(List<Token> tokens, List<RowSpec> specs) {
        LabelMatcher.Span[] spans = LabelMatcher.match(tokens, specs);
        List<Row> rows = new ArrayList<>(specs.size());
        int previousStop = -1;
        for (int r = 0; r < specs.size(); r++) {
            if (spans[r] == null) {
                rows.add(new Row(specs.get(r), null, NOT_FOUND, null, -1));
                continue;
            }
            int limit = tokens.size();
            for (int next = r + 1; next < specs.size(); next++) {
                if (spans[next] != null) {
                    limit = spans[next].firstToken();
                    break;
                }
            }
            Reading reading = readRow(specs.get(r), tokens, spans[r], limit);
            Row row = reading.row();
            if (reading.printed() == 0 && previousStop >= 0) {
                row = unlessNumbers(row, tokens.subList(previousStop, spans[r].firstToken()), "before its label");
            } else if (row.found() && reading.printed() < row.spec().values()) {
                row = unlessNumbers(row, tokens.subList(reading.stop(), limit), "after its numbers");
            }
            rows.add(row);
            previousStop = reading.stop();
        }
        return rows;
    }

    /** A row as read, the token where reading its cells stopped, and how many numbers and dashes it printed. */
    private record Reading(Row row, int stop, int printed) {
    }

    private static Reading readRow(RowSpec spec, List<Token> tokens, LabelMatcher.Span span, int limit) {
        List<Token> cells = new ArrayList<>();
        List<Token> words = new ArrayList<>();
        int printed = 0;
        int t = span.firstToken();
        for (; t < limit; t++) {
            Token token = tokens.get(t);
            if (t <= span.lastToken()) {
                if (token.isValue()) {
                    cells.add(token);
                    printed++;
                }
                continue;
            }
            if (token.isText()) {
                if (printed > 0) {
                    break;
                }
                words.add(token);
                continue;
            }
            cells.add(token);
            if (token.isValue()) {
                printed++;
            }
        }
        Token nextLabel = limit < tokens.size() ? tokens.get(limit) : null;
        Token labelEnd = tokens.get(span.lastToken());
        List<Token> wordsInCells = printed > 0 ? List.of() : words.stream()
                .filter(word -> word.cell() > labelEnd.cell() && word.line() == labelEnd.line()).toList();
        return new Reading(CellValues.interpret(spec, cells, wordsInCells, labelEnd, nextLabel), t, printed);
    }

    /**
     * A row with fewer numbers than cells has empty cells, unless numbers no row claims stand next to it (before its
     * label when it printed none, after its numbers when it printed some): they may be its own; it cannot be told.
     */
    private static Row unlessNumbers(Row row, List<Token> nearby, String where) {
        List<String> numbers = nearby.stream().filter(token -> token.kind() == Token.Kind.NUMBER).map(Token::text).toList();
        if (numbers.isEmpty() || !row.found()) {
            return row;
        }
        return new Row(row.spec(), null, "fewer numbers than cells, and " + String.join(" ", numbers) + " " + where
                + ", which belong to no row", null, -1);
    }
}
