package gov.disclosure.reports.parsing;

import gov.disclosure.report.ReviewAndLitigation;
import gov.disclosure.report.ReviewColumn;
import gov.disclosure.report.ReviewCounts;
import gov.disclosure.report.ReviewGroup;

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
 * 结果纠正, 其他结果, 尚未审结, 总计) under a two-level header. They are usually on one line, but may be split over
 * several, printed one group a line after its label, or one number a line after its labels. A table turned on its
 * side (a line per result, 结果维持 1 0 2, its three columns the groups) is read by its labels.
 */
final class ReviewAndLitigationReader {

    static final String SECTION = Section.REVIEW_AND_LITIGATION.numeral();
    static final String TITLE = Section.REVIEW_AND_LITIGATION.title();
    private static final int NUMBERS = ReviewGroup.values().length * ReviewColumn.values().length;
    private static final RowSpec ALL_NUMBERS = RowSpec.of("行政复议、行政诉讼", NUMBERS, "行政复议");

    private ReviewAndLitigationReader() {
    }

    private static ReviewAndLitigation none() {
        ReviewCounts zero = new ReviewCounts(0L, 0L, 0L, 0L, 0L);
        return new ReviewAndLitigation(zero, zero, zero);
    }

    /**
     * The numbers, or {@code null} when they cannot be read (recorded in {@code log}).
     *
     * @param ownLines the lines under the section's own heading (none without it), where it may say in words that
     *                 there were no cases
     */
    static ReviewAndLitigation read(List<Token> tokens, List<Line> ownLines, ReadingLog log) {
        Set<Integer> valueLines = tokens.stream().filter(Token::isValue).map(Token::line).collect(Collectors.toSet());
        List<Token> cells = tokens.stream()
                .filter(token -> token.isValue() || token.isEmpty() && valueLines.contains(token.line()))
                .toList();
        List<Token> transposed = transposed(tokens);
        if (transposed != null && transposed.isEmpty()) {
            log.missing(SECTION, TITLE, "printed a line per result (结果维持 … 总计), but not three numbers on each under "
                    + "a header naming 行政复议, 未经复议直接起诉 and 复议后起诉 in that order: which is which is unclear");
            return null;
        }
        if (transposed != null) {
            log.note(SECTION + ": printed a line per result (结果维持 … 总计), the groups as columns: read by its labels");
            cells = transposed;
        }
        if (cells.isEmpty()) {
            if (hasHeader(tokens)) {
                log.note(SECTION + ": the table's cells are empty: read as 0");
                return none();
            }
            String statement = NoneStated.statement(ownLines, List.of("复议", "诉讼"));
            if (statement != null) {
                log.note(SECTION + ": no table; the section says there were none (\"" + statement + "\"): read as 0");
                return none();
            }
            log.missing(SECTION, TITLE, "no numbers found");
            return null;
        }
        TableReader.Row row = CellValues.interpret(ALL_NUMBERS, cells, List.of(), cells.get(0), null);
        if (!row.found()) {
            log.missing(SECTION, TITLE, row.problem());
            return null;
        }
        if (row.note() != null) {
            log.note(SECTION + ": " + row.note());
        }
        List<ReviewCounts> groups = new ArrayList<>();
        int column = 0;
        for (ReviewGroup group : ReviewGroup.values()) {
            Long[] counts = new Long[ReviewColumn.values().length];
            for (int i = 0; i < counts.length; i++, column++) {
                BigDecimal value = row.values().get(column);
                counts[i] = Counts.count(value);
                if (counts[i] == null) {
                    log.missing(SECTION, group.label() + " " + ReviewColumn.values()[i].label(),
                            "not a count: " + value.toPlainString());
                    return null;
                }
            }
            groups.add(new ReviewCounts(counts[0], counts[1], counts[2], counts[3], counts[4]));
        }
        return new ReviewAndLitigation(groups.get(0), groups.get(1), groups.get(2));
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
        ReviewColumn[] columns = ReviewColumn.values();
        if (lines.size() != columns.length) {
            return null;
        }
        for (int c = 0; c < columns.length; c++) {
            StringBuilder label = words.get(lines.get(c).get(0).line());
            if (label == null || !label.toString().startsWith(columns[c].label())) {
                return null;
            }
        }
        int review = header.indexOf("行政复议");
        int direct = header.indexOf("直接起诉");
        int afterReview = header.indexOf("复议后起诉");
        boolean threeEach = lines.stream().allMatch(line -> line.size() == ReviewGroup.values().length);
        if (!threeEach || review < 0 || direct <= review || afterReview <= direct) {
            return List.of();
        }
        List<Token> inPrintOrder = new ArrayList<>();
        for (int g = 0; g < ReviewGroup.values().length; g++) {
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
