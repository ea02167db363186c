package gov.disclosure.reports.parsing;

import gov.disclosure.reports.parsing.text.Line;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A section that says in words that there was nothing to count ("本年度未发生政府信息公开行政复议、行政诉讼案件。",
 * "无。") instead of printing its table of zeros, as small agencies often do.
 */
final class NoneStated {

    private static final Pattern YEAR = Pattern.compile("\\d{4}年度?");
    private static final Pattern NEGATION = Pattern.compile("未|没有|无");
    private static final Pattern NOTHING = Pattern.compile("(本年度?)?(暂)?无[。.]?");
    private static final int MAX_LENGTH = 200;

    private NoneStated() {
    }

    /**
     * The statement, if the section's text is one: short, with no number but years, and a negation of what it is
     * about ({@code subjects}), or just "无"; else {@code null}.
     */
    static String statement(List<Line> lines, List<String> subjects) {
        String text = String.join("", lines.stream().map(line -> line.text().strip()).toList());
        String withoutYears = YEAR.matcher(text).replaceAll("").replace("未经复议", "");
        if (text.isEmpty() || text.length() > MAX_LENGTH || withoutYears.chars().anyMatch(Character::isDigit)) {
            return null;
        }
        boolean negated = NEGATION.matcher(withoutYears).find() && subjects.stream().anyMatch(withoutYears::contains);
        return negated || NOTHING.matcher(withoutYears).matches() ? text : null;
    }
}
