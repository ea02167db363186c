package gov.disclosure.reports.parsing;

import gov.disclosure.reports.parsing.text.Compact;
import gov.disclosure.reports.parsing.text.Token;
import gov.disclosure.reports.parsing.text.Tokenizer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the rows of a template table from a token stream: each row's label anchors it (see {@link LabelMatcher}),
 * and its values are the numbers from its label on, until text follows the numbers or the next row's label
 * begins. That reads numbers on the label's line, on the next line, or amid a label wrapped over lines alike; the
 * label of the row's own group ("（四）无法提供", a merged cell whose text may stand on any of its rows' lines) is
 * passed over.
 */
final class TableReader {

    private static final Pattern ITEM = Pattern.compile("\\d{1,2}[.．、](?!\\d)|[（(][一二三四五六七八九][)）]|[一二三四][、.．]");

    private TableReader() {
    }

    static List<RowReading> read(List<Token> tokens, List<RowSpec> specs) {
        LabelMatcher.Span[] spans = LabelMatcher.match(tokens, specs);
        RowReading[] rows = new RowReading[specs.size()];
        Reading[] readings = new Reading[specs.size()];
        int[] stops = new int[specs.size()];
        for (int r = 0; r < specs.size(); r++) {
            stops[r] = -1;
            if (spans[r] == null) {
                rows[r] = RowReading.notFound(specs.get(r));
                continue;
            }
            readings[r] = readRow(specs.get(r), tokens, spans[r], nextLabel(spans, r, tokens.size()));
            rows[r] = readings[r].row();
            stops[r] = readings[r].stop();
        }
        boolean[] claimed = readByPlace(tokens, spans, stops, rows);
        int previousStop = -1;
        for (int r = 0; r < specs.size(); r++) {
            Reading reading = readings[r];
            if (reading == null) {
                continue;
            }
            int limit = nextLabel(spans, r, tokens.size());
            if (reading.printed() == 0 && previousStop >= 0) {
                List<Token> before = unclaimed(tokens, claimed, previousStop, spans[r].firstToken());
                rows[r] = withNumbersAround(rows[r], List.of(), before, "before its label");
                if (rows[r] == reading.row() && nextPrinted(readings, r)) {
                    rows[r] = withoutNumbersAfter(rows[r], unclaimed(tokens, claimed, reading.stop(), limit));
                }
            } else if (rows[r].found() && reading.printed() < rows[r].spec().values()) {
                List<Token> after = unclaimed(tokens, claimed, reading.stop(), limit);
                rows[r] = withNumbersAround(rows[r], reading.cells(), after, "after its numbers");
            }
            previousStop = reading.stop();
        }
        return List.of(rows);
    }

    /** Where the label of the next row found after row {@code r} starts; {@code end} when none is. */
    private static int nextLabel(LabelMatcher.Span[] spans, int r, int end) {
        for (int next = r + 1; next < spans.length; next++) {
            if (spans[next] != null) {
                return spans[next].firstToken();
            }
        }
        return end;
    }

    /**
     * Rows whose labels were not found (misspelt beyond recognition, abbreviated, left out) are read by their place,
     * as a person reads a table in the template's order: where the numbers between the rows found around them fall
     * into exactly as many groups (separated by words, their labels) as rows are missing there, each group is its
     * row's. Such a reading must then be proven by the table's arithmetic ({@link RowReading#byPlace()}).
     */
    private static boolean[] readByPlace(List<Token> tokens, LabelMatcher.Span[] spans, int[] stops,
                                         RowReading[] rows) {
        boolean[] claimed = new boolean[tokens.size()];
        int r = 0;
        while (r < rows.length) {
            if (!rows[r].isNotFound()) {
                r++;
                continue;
            }
            int first = r;
            while (r < rows.length && rows[r].isNotFound()) {
                r++;
            }
            int from = first == 0 ? 0 : stops[first - 1];
            int to = r == rows.length ? tokens.size() : spans[r].firstToken();
            if (from < 0 || from > to) {
                continue;
            }
            List<List<Token>> groups = valueGroups(tokens.subList(from, to));
            if (groups.size() == r - first) {
                for (int g = 0; g < groups.size(); g++) {
                    List<Token> cells = groups.get(g);
                    RowReading read = CellValues.interpret(rows[first + g].spec(), cells, List.of(), cells.get(0), null);
                    if (read.found()) {
                        rows[first + g] = read.placed();
                        for (int t = from; t < to; t++) {
                            claimed[t] |= cells.contains(tokens.get(t));
                        }
                    }
                }
            }
        }
        return claimed;
    }

    /** The runs of values (and blank cells between them) that words separate. */
    private static List<List<Token>> valueGroups(List<Token> tokens) {
        List<List<Token>> groups = new ArrayList<>();
        List<Token> group = new ArrayList<>();
        for (Token token : tokens) {
            if (token.isText()) {
                if (group.stream().anyMatch(Token::isValue)) {
                    groups.add(group);
                }
                group = new ArrayList<>();
            } else if (token.isValue() || !group.isEmpty()) {
                group.add(token);
            }
        }
        if (group.stream().anyMatch(Token::isValue)) {
            groups.add(group);
        }
        return groups;
    }

    /** A row as read, its cells, the token where reading them stopped, and how many numbers and dashes it printed. */
    private record Reading(RowReading row, List<Token> cells, int stop, int printed) {
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
                } else if (t == span.lastToken() && token.isText()) {
                    List<Token> after = Tokenizer.numbersAfterSeparator(token, false); // "行政许可：1260"
                    if (after == null) {
                        return gluedToLabel(spec, token, cells, t, printed);
                    }
                    cells.addAll(after);
                    printed += after.size();
                }
                continue;
            }
            if (t == span.lastToken() + 1 && token.isText() && printed == 0) {
                List<Token> after = Tokenizer.numbersAfterSeparator(token, true); // "行政许可 ：1260"
                if (after == null) {
                    return gluedToLabel(spec, token, cells, t, printed);
                }
                if (!after.isEmpty()) {
                    cells.addAll(after);
                    printed += after.size();
                    continue;
                }
            }
            if (token.isText()) {
                if (printed > 0) {
                    break;
                }
                if (opensItem(token)) {
                    int pastGroup = pastOwnGroup(spec, tokens, t, limit);
                    if (pastGroup == t) {
                        break;
                    }
                    t = pastGroup - 1;
                    continue;
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
        return new Reading(CellValues.interpret(spec, cells, wordsInCells, labelEnd, nextLabel), cells, t, printed);
    }

    private static Reading gluedToLabel(RowSpec spec, Token token, List<Token> cells, int t, int printed) {
        return new Reading(RowReading.unreadable(spec, "\"" + token.text() + "\": its label runs into what is not a number"),
                cells, t + 1, printed);
    }

    /**
     * Where the label of one of the row's own groups that starts at {@code t} ends: a merged cell's text falls on the
     * line of one of its rows, so in a wrapped table "（四）无法提供" may stand between its first row's label and numbers.
     * {@code t} where no such label starts there.
     */
    private static int pastOwnGroup(RowSpec spec, List<Token> tokens, int t, int limit) {
        for (String group : spec.groups()) {
            StringBuilder printed = new StringBuilder();
            for (int end = t; end < limit && tokens.get(end).isText(); end++) {
                printed.append(Compact.of(tokens.get(end).text()));
                if (!group.startsWith(printed.toString())) {
                    break;
                }
                if (printed.length() == group.length()) {
                    return end + 1;
                }
            }
        }
        return t;
    }

    /** Words opening an item of the template ("2.", "（三）", "四、"): the next row's label, whether found or not. */
    private static boolean opensItem(Token token) {
        return ITEM.matcher(token.text()).lookingAt();
    }

    /**
     * A row with fewer numbers than cells has empty cells, unless numbers no row claims stand next to it (before its
     * label when it printed none, after its numbers when it printed some). Where they are one run of values, they
     * may be the rest of the row (its label wrapped around its numbers): read so, the reading must be proven by the
     * table's arithmetic; otherwise which they are cannot be told.
     */
    private static RowReading withNumbersAround(RowReading row, List<Token> printedCells, List<Token> nearby,
                                                String where) {
        List<String> numbers = nearby.stream().filter(token -> token.kind() == Token.Kind.NUMBER).map(Token::text).toList();
        if (numbers.isEmpty() || !row.found()) {
            return row;
        }
        List<List<Token>> groups = valueGroups(nearby);
        if (groups.size() == 1) {
            List<Token> cells = new ArrayList<>(printedCells.stream().filter(Token::isValue).toList());
            cells.addAll(groups.get(0));
            RowReading joined = CellValues.interpret(row.spec(), cells, List.of(), cells.get(0), null);
            if (joined.found()) {
                return joined.placed();
            }
        }
        return RowReading.unreadable(row.spec(), "fewer numbers than cells, and " + String.join(" ", numbers) + " "
                + where + ", which belong to no row");
    }

    /** Whether the next row found after row {@code r} printed numbers of its own (so takes none before its label). */
    private static boolean nextPrinted(Reading[] readings, int r) {
        for (int next = r + 1; next < readings.length; next++) {
            if (readings[next] != null) {
                return readings[next].printed() > 0;
            }
        }
        return false;
    }

    /**
     * A row that printed no numbers is empty, unless numbers no row claims follow it before the next row: then
     * something between its label and them (a merged cell's text, a line of another kind) cut them off, and whether
     * they are its numbers cannot be told. Zeros alone change nothing either way.
     */
    private static RowReading withoutNumbersAfter(RowReading row, List<Token> after) {
        List<Token> numbers = after.stream().filter(token -> token.kind() == Token.Kind.NUMBER).toList();
        if (!row.found() || numbers.stream().allMatch(number -> number.value().signum() == 0)) {
            return row;
        }
        return RowReading.unreadable(row.spec(), "no numbers at its label, and "
                + String.join(" ", numbers.stream().map(Token::text).toList()) + " after it, which belong to no row");
    }

    private static List<Token> unclaimed(List<Token> tokens, boolean[] claimed, int from, int to) {
        List<Token> unclaimed = new ArrayList<>();
        for (int t = from; t < to; t++) {
            if (!claimed[t]) {
                unclaimed.add(tokens.get(t));
            }
        }
        return unclaimed;
    }
}
