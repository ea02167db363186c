package gov.disclosure.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import static gov.disclosure.report.ReportTemplate.APPLICATIONS;
import static gov.disclosure.report.ReportTemplate.REVIEW_AND_LITIGATION;

/**
 * The catalogue of indicators, each a ratio of sums of the template's cells, and their computation over the flat
 * numbers of a report or rollup ({@link ReportNumbers}). The rows an indicator sums are taken from the template
 * (every row under （三）不予公开, …), not listed again here.
 */
public final class Indicators {

    /** Decimals of an indicator's value. */
    public static final int SCALE = 6;

    private static final String TOTAL = "total";
    private static final String CORRECTED = "corrected";

    public static final Indicator DISCLOSURE_RATE = ratio("disclosureRate", "公开率",
            "（一）予以公开 + （二）部分公开, over （七）总计 of the outcomes: the share of applications answered with "
                    + "information",
            applicationTotals(path -> path.equals("outcomes.granted") || path.equals("outcomes.partiallyGranted")),
            applicationTotals(path -> path.equals("outcomes.total")));

    public static final Indicator REFUSAL_RATE = ratio("refusalRate", "不予公开率",
            "every row of （三）不予公开, over （七）总计 of the outcomes",
            applicationTotals(path -> path.startsWith("outcomes.withheld.")),
            applicationTotals(path -> path.equals("outcomes.total")));

    public static final Indicator UNABLE_TO_PROVIDE_RATE = ratio("unableToProvideRate", "无法提供率",
            "every row of （四）无法提供, over （七）总计 of the outcomes",
            applicationTotals(path -> path.startsWith("outcomes.unableToProvide.")),
            applicationTotals(path -> path.equals("outcomes.total")));

    public static final Indicator CARRIED_FORWARD_SHARE = ratio("carriedForwardShare", "结转下年度占比",
            "四、结转下年度继续办理, over 一、本年新收 + 二、上年结转: the share of the year's applications still open",
            applicationTotals(path -> path.equals("carriedForward")),
            applicationTotals(path -> path.equals("newlyReceived") || path.equals("carriedOver")));

    public static final Indicator CORRECTION_RATE_REVIEW = ratio("correctionRateReview", "行政复议纠错率",
            "行政复议 结果纠正, over 行政复议 总计",
            reviewCells(group -> group.equals("administrativeReview"), CORRECTED),
            reviewCells(group -> group.equals("administrativeReview"), TOTAL));

    public static final Indicator CORRECTION_RATE_LITIGATION = ratio("correctionRateLitigation", "行政诉讼纠错率",
            "行政诉讼 结果纠正 (未经复议直接起诉 and 复议后起诉), over their 总计",
            reviewCells(group -> group.startsWith("litigation"), CORRECTED),
            reviewCells(group -> group.startsWith("litigation"), TOTAL));

    public static final Indicator NEWLY_RECEIVED_CHANGE = new Indicator("newlyReceivedChange", "新收申请同比变化",
            "一、本年新收政府信息公开申请数量 总计 less the year before's, over the year before's: the change from the "
                    + "year before",
            applicationTotals(path -> path.equals("newlyReceived")),
            applicationTotals(path -> path.equals("newlyReceived")), true);

    /** Every indicator, in the order they are documented and returned. */
    public static final List<Indicator> CATALOGUE = List.of(DISCLOSURE_RATE, REFUSAL_RATE, UNABLE_TO_PROVIDE_RATE,
            CARRIED_FORWARD_SHARE, CORRECTION_RATE_REVIEW, CORRECTION_RATE_LITIGATION, NEWLY_RECEIVED_CHANGE);

    private Indicators() {
    }

    public static Optional<Indicator> find(String id) {
        return CATALOGUE.stream().filter(indicator -> indicator.id().equals(id)).findFirst();
    }

    /**
     * Every indicator of the catalogue.
     *
     * @param numbers  this year's numbers by flat name (missing or null: 0)
     * @param previous the year before's, or null when not known (year-on-year indicators then have denominator 0)
     */
    public static List<IndicatorValue> values(Map<String, BigDecimal> numbers, Map<String, BigDecimal> previous) {
        return CATALOGUE.stream().map(indicator -> value(indicator, numbers, previous)).toList();
    }

    public static IndicatorValue value(Indicator indicator, Map<String, BigDecimal> numbers,
                                       Map<String, BigDecimal> previous) {
        if (indicator.yearOnYear()) {
            BigDecimal before = previous == null ? BigDecimal.ZERO : sum(indicator.denominator(), previous);
            BigDecimal now = sum(indicator.numerator(), numbers);
            BigDecimal difference = now.subtract(previous == null ? BigDecimal.ZERO : sum(indicator.numerator(), previous));
            return new IndicatorValue(indicator.id(), ratio(difference, before), difference, before, null, null);
        }
        BigDecimal numerator = sum(indicator.numerator(), numbers);
        BigDecimal denominator = sum(indicator.denominator(), numbers);
        BigDecimal value = ratio(numerator, denominator);
        BigDecimal previousValue = previous == null ? null
                : ratio(sum(indicator.numerator(), previous), sum(indicator.denominator(), previous));
        BigDecimal change = value == null || previousValue == null ? null : value.subtract(previousValue);
        return new IndicatorValue(indicator.id(), value, numerator, denominator, previousValue, change);
    }

    /** Higher values first (or last, ascending); a value that is null ranks after every number either way. */
    public static Comparator<IndicatorValue> ranking(boolean descending) {
        Comparator<BigDecimal> byValue = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        return Comparator.comparing(IndicatorValue::value, Comparator.nullsLast(byValue));
    }

    /** numerator ÷ denominator to {@link #SCALE} decimals; null when the denominator is 0. */
    static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
        return denominator.signum() == 0 ? null : numerator.divide(denominator, SCALE, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal sum(List<String> names, Map<String, BigDecimal> numbers) {
        BigDecimal sum = BigDecimal.ZERO;
        for (String name : names) {
            BigDecimal value = numbers.get(name);
            if (value != null) {
                sum = sum.add(value);
            }
        }
        return sum;
    }

    private static Indicator ratio(String id, String label, String description, List<String> numerator,
                                   List<String> denominator) {
        return new Indicator(id, label, description, numerator, denominator, false);
    }

    /** The 总计 column of the rows of section 三 whose path passes. */
    private static List<String> applicationTotals(Predicate<String> rowPath) {
        List<String> names = new ArrayList<>();
        for (ReportTemplate.Row row : APPLICATIONS.rows()) {
            if (rowPath.test(row.path())) {
                names.add(ReportTemplate.cell(APPLICATIONS, row.path(), TOTAL).flatName());
            }
        }
        return names;
    }

    /** One column of the groups of section 四 whose path passes. */
    private static List<String> reviewCells(Predicate<String> groupPath, String column) {
        return REVIEW_AND_LITIGATION.rows().stream().filter(row -> groupPath.test(row.path()))
                .map(row -> ReportTemplate.cell(REVIEW_AND_LITIGATION, row.path(), column).flatName()).toList();
    }
}
