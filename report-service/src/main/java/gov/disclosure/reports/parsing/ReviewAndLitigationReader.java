package gov.disclosure.reports.parsing;

import gov.disclosure.report.ReviewAndLitigation;
import gov.disclosure.report.ReviewColumn;
import gov.disclosure.report.ReviewCounts;
import gov.disclosure.report.ReviewGroup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Section 四: 15 numbers in print order (行政复议, then 行政诉讼 未经复议直接起诉, then 复议后起诉; each 结果维持,
 * 结果纠正, 其他结果, 尚未审结, 总计) under a two-level header. They are usually on one line, but may be split over
 * several, or printed one group a line after its label.
 */
final class ReviewAndLitigationReader {

    static final String SECTION = Section.REVIEW_AND_LITIGATION.numeral();
    static final String TITLE = Section.REVIEW_AND_LITIGATION.title();
    private static final int NUMBERS = ReviewGroup.values().length * ReviewColumn.values().length;
    private static final RowSpec ALL_NUMBERS = RowSpec.of("行政复议、行政诉讼", NUMBERS, "行政复议");

    private ReviewAndLitigationReader() {
    }

    /** The numbers, or {@code null} when they cannot be read (recorded in {@code log}). */
    static ReviewAndLitigation read(List<Token> tokens, ReadingLog log) {
        Set<Integer> valueLines = tokens.stream().filter(Token::isValue).map(Token::line).collect(Collectors.toSet());
        List<Token> cells = tokens.stream()
                .filter(token -> token.isValue() || token.isEmpty() && valueLines.contains(token.line()))
                .toList();
        if (cells.isEmpty()) {
            if (hasHeader(tokens)) {
                log.note(SECTION + ": the table's cells are empty: read as 0");
                ReviewCounts zero = new ReviewCounts(0L, 0L, 0L, 0L, 0L);
                return new ReviewAndLitigation(zero, zero, zero);
            }
            log.missing(SECTION, TITLE, "no numbers found");
            return null;
        }
        TableReader.Row row = CellValues.interpret(ALL_NUMBERS, cells, cells.get(0), null);
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

    /** The two-level header: a table is there, even if none of its cells is filled. */
    private static boolean hasHeader(List<Token> tokens) {
        String compact = Compact.ofTexts(tokens);
        return compact.contains("行政复议") && compact.contains("行政诉讼")
                && (compact.contains("结果维持") || compact.contains("尚未审结") || compact.contains("直接起诉"));
    }
}
