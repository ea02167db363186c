package gov.disclosure.reports.parsing;

import gov.disclosure.report.ReportTemplate;
import gov.disclosure.report.ReportTemplate.Cell;
import gov.disclosure.report.ReportTemplate.Column;
import gov.disclosure.reports.parsing.text.Compact;
import gov.disclosure.reports.parsing.text.Line;
import gov.disclosure.reports.parsing.text.Token;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Section 四: 15 numbers in print order (行政复议, then 行政诉讼 未经复议直接起诉, then 复议后起诉; each 结果维持,
 * 结果纠正, 其他结果, 尚未审结, 总计) under a two-level header ({@link ReportTemplate#REVIEW_AND_LITIGATION}). They are
 * usually on one line, but may be split over several, printed one group a line after its label, one number a line
 * after its labels, or run together ("000000000000000"), which each group's total splits. A table turned on its
 * side (a line per result, 结果维持 1 0 2, its three columns the groups) is read by its labels.
 */
final class ReviewAndLitigationReader {

    static final String SECTION = ReportTemplate.REVIEW_AND_LITIGATION.section();
    static final String TITLE = ReportTemplate.REVIEW_AND_LITIGATION.title();
    private static final List<Cell> CELLS = ReportTemplate.REVIEW_AND_LITIGATION.cells();
    private static final List<String> POINTERS = CELLS.stream().map(Cell::pointer).toList();
    private static final RowSpec ALL_NUMBERS = RowSpec.of("行政复议、行政诉讼", List.of("行政复议"), POINTERS,
            ReportTemplate.REVIEW_COLUMNS.size());

    private ReviewAndLitigationReader() {
    }

    /**
     * Reads the section's numbers into {@code numbers} (by JSON pointer); what cannot be read is recorded in
     * {@code log}.
     *
     * @param ownLines the lines under the section's own heading (none without it), where it may say in words that
     *                 there were no cases
     */
    static void read(List<Token> tokens, List<Line> ownLines, TextFacts facts, Map<String, BigDecimal> numbers,
                     ReadingLog log) {
        Set<Integer> valueLines = tokens.stream().filter(Token::isValue).map(Token::line).collect(Collectors.toSet());
        List<Token> cells = tokens.stream()
                .filter(token -> token.isValue() || token.isEmpty() && valueLines.contains(token.line()))
                .toList();
        List<Token> transposed = transposed(tokens);
        if (transposed != null && transposed.isEmpty()) {
            log.missing(SECTION, TITLE, "printed a line per result (结果维持 … 总计), but not three numbers on each under "
                    + "a header naming 行政复议, 未经复议直接起诉 and 复议后起诉 in that order: which is which is unclear",
                    POINTERS);
            return;
        }
        if (transposed != null) {
            log.note(SECTION + ": printed a line per result (结果维持 … 总计), the groups as columns: read by its labels");
            cells = transposed;
        }
        if (cells.isEmpty()) {
            readWithoutNumbers(tokens, ownLines, numbers, log);
            return;
        }
        RowReading row = CellValues.interpret(ALL_NUMBERS, cells, List.of(), cells.get(0), null);
        if (!row.found()) {
            log.missing(SECTION, TITLE, row.problem(), POINTERS);
            return;
        }
        if (row.note() != null) {
            log.note(SECTION + ": " + row.note());
        }
        List<List<BigDecimal>> counts = row.readings().stream()
                .filter(reading -> reading.stream().allMatch(value -> Counts.count(value) != null)).toList();
        if (counts.isEmpty()) {
            log.missing(SECTION, TITLE, "not counts: " + row.readings().get(0), POINTERS);
            return;
        }
        TableSolver.Outcome outcome = TableSolver.solve(List.of(new TableSolver.Row(ALL_NUMBERS, POINTERS, counts)),
                ReportTemplate.IDENTITIES, facts);
        numbers.putAll(outcome.values());
        outcome.notes().forEach(note -> log.note(SECTION + " " + note));
        outcome.unread().values().forEach(unread -> log.missing(SECTION, TITLE, unread.reason(), unread.cells()));
    }

    private static void readWithoutNumbers(List<Token> tokens, List<Line> ownLines, Map<String, BigDecimal> numbers,
                                           ReadingLog log) {
        if (hasHeader(tokens)) {
            log.note(SECTION + ": the table's cells are empty: read as 0");
        } else {
            String statement = NoneStated.statement(ownLines, List.of("复议", "诉讼"));
            if (statement == null) {
                log.missing(SECTION, TITLE, "no numbers found", POINTERS);
                return;
            }
            log.note(SECTION + ": no table; the section says there were none (\"" + statement + "\"): read as 0");
        }
        POINTERS.forEach(pointer -> numbers.put(pointer, BigDecimal.ZERO));
    }

    /**
     * The values in print order when the table has a line per result column, each labelled with it: three values a
     * line, one per group, in the order the header names the groups. Empty when it has such lines but not so (blank
     * cells, groups not named in order); {@code null} when it has not.
     */
    private static List<Token> transposed(List<Token> tokens) {
        Map<Integer, List<Token>> values = new LinkedHashMap<>();
        Map<Integer, StringBuilder> words = new HashMap<>();
        StringBuilder header = new StringBuilder();
        for (Token token : tokens) {
            if (token.isValue()) {
                values.computeIfAbsent(token.line(), line -> new ArrayList<>()).add(token);
            } else if (token.isText()) {
                words.computeIfAbsent(token.line(), line -> new StringBuilder()).append(Compact.of(token.text()));
                if (values.isEmpty()) {
                    header.append(Compact.of(token.text()));
                }
            }
        }
        List<List<Token>> lines = new ArrayList<>(values.values());
        List<Column> columns = ReportTemplate.REVIEW_COLUMNS;
        if (lines.size() != columns.size()) {
            return null;
        }
        for (int c = 0; c < columns.size(); c++) {
            StringBuilder label = words.get(lines.get(c).get(0).line());
            if (label == null || !label.toString().startsWith(columns.get(c).label())) {
                return null;
            }
        }
        int groups = ReportTemplate.REVIEW_AND_LITIGATION.rows().size();
        int review = header.indexOf("行政复议");
        int direct = header.indexOf("直接起诉");
        int afterReview = header.indexOf("复议后起诉");
        boolean threeEach = lines.stream().allMatch(line -> line.size() == groups);
        if (!threeEach || review < 0 || direct <= review || afterReview <= direct) {
            return List.of();
        }
        List<Token> inPrintOrder = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            for (List<Token> line : lines) {
                inPrintOrder.add(line.get(g));
            }
        }
        return inPrintOrder;
    }

    /** The two-level header: a table is there, even if none of its cells is filled. */
    private static boolean hasHeader(List<Token> tokens) {
        String compact = Compact.ofTexts(tokens);
        return compact.contains("行政复议") && compact.contains("行政诉讼")
                && (compact.contains("结果维持") || compact.contains("尚未审结") || compact.contains("直接起诉"));
    }
}
