package gov.disclosure.reports.validation;

import gov.disclosure.report.Narrative;
import gov.disclosure.report.ReportTemplate;
import gov.disclosure.report.ReportTemplate.Cell;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * NARRATIVE_MISMATCH: the figures a report's prose quotes (共收到政府信息公开申请20件) against its tables. Only the
 * phrasings below are read, in Arabic digits (full-width ones too); a figure is compared with the sum of the cells
 * it states. The words between a phrase and its figure may not say it is a change (增加, 减少, 同比, 较…).
 */
final class NarrativeFigures {

    /** A phrasing of the prose and the cells whose sum it states. */
    private record Figure(String what, Pattern pattern, List<Cell> cells) {
    }

    /** Up to 12 characters that are neither a figure, nor the end of a clause, nor a word of change. */
    private static final String GAP = "(?:(?!增|减|比|较|上升|下降)[^。；;，,、\\d]){0,12}?";
    private static final String COUNT = "(\\d{1,10})\\s*(?:件|个|起|宗)";

    private static final List<Figure> FIGURES = List.of(
            figure("本年新收政府信息公开申请", "(?:收到|受理|新收|接收)" + GAP + "申请" + GAP + COUNT,
                    "applications.newlyReceived.total"),
            figure("上年结转", "上年(?:度)?结转" + GAP + COUNT, "applications.carriedOver.total"),
            figure("结转下年度继续办理", "结转(?:至|到)?下(?:一)?年(?:度)?" + GAP + COUNT, "applications.carriedForward.total"),
            figure("予以公开", "(?<!不)予以公开" + GAP + COUNT, "applications.outcomes.granted.total"),
            figure("部分公开", "部分公开" + GAP + COUNT, "applications.outcomes.partiallyGranted.total"),
            figure("行政复议", "行政复议" + GAP + COUNT, "reviewAndLitigation.administrativeReview.total"),
            figure("行政诉讼", "行政诉讼" + GAP + COUNT, "reviewAndLitigation.litigationDirect.total",
                    "reviewAndLitigation.litigationAfterReview.total"));

    private NarrativeFigures() {
    }

    private static Figure figure(String what, String regex, String... flatNames) {
        return new Figure(what, Pattern.compile(regex),
                java.util.Arrays.stream(flatNames).map(ReportTemplate::cell).toList());
    }

    /** A warning for each figure the prose quotes that its tables do not hold, once per phrase and figure. */
    static List<Violation> mismatches(Narrative narrative, Map<String, BigDecimal> numbers) {
        List<Violation> warnings = new ArrayList<>();
        if (narrative == null) {
            return warnings;
        }
        Set<String> seen = new LinkedHashSet<>();
        check("/narrative/overview", narrative.overview(), numbers, seen, warnings);
        check("/narrative/problems", narrative.problems(), numbers, seen, warnings);
        check("/narrative/otherMatters", narrative.otherMatters(), numbers, seen, warnings);
        return warnings;
    }

    private static void check(String pointer, String text, Map<String, BigDecimal> numbers, Set<String> seen,
                              List<Violation> into) {
        if (text == null || text.isEmpty()) {
            return;
        }
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC);
        for (Figure figure : FIGURES) {
            Matcher matcher = figure.pattern().matcher(normal);
            while (matcher.find()) {
                BigDecimal quoted = new BigDecimal(matcher.group(1));
                BigDecimal table = sum(figure.cells(), numbers);
                if (table != null && quoted.compareTo(table) != 0 && seen.add(figure.what() + "/" + quoted)) {
                    into.add(violation(figure, pointer, matcher.group(), quoted, table));
                }
            }
        }
    }

    private static Violation violation(Figure figure, String pointer, String phrase, BigDecimal quoted,
                                       BigDecimal table) {
        Cell cell = figure.cells().get(0);
        String cells = figure.cells().size() == 1 ? cell.rowLabel() + "“" + cell.columnLabel() + "”"
                : String.join("与", figure.cells().stream().map(Cell::rowLabel).toList()) + "的“总计”之和";
        String detail = "正文（%s）写“%s”，与表格不一致：表格中%s为%s".formatted(pointer, phrase, cells,
                table.toPlainString());
        return new Violation(Rule.NARRATIVE_MISMATCH, cell.pointer(), cell.rowLabel(), cell.columnLabel(), table,
                quoted, detail);
    }

    private static BigDecimal sum(List<Cell> cells, Map<String, BigDecimal> numbers) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Cell cell : cells) {
            BigDecimal value = numbers.get(cell.flatName());
            if (value == null) {
                return null;
            }
            sum = sum.add(value);
        }
        return sum;
    }
}
