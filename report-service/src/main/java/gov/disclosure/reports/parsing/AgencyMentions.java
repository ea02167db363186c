package gov.disclosure.reports.parsing;

import gov.disclosure.reports.parsing.text.Line;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a text without a title line names its agency: in a sentence naming the report
 * ("现将咸宁市生态环境局嘉鱼县分局2022年政府信息公开工作年度报告公布如下"), or in the page's metadata
 * ("发布机构：下各镇", "来源:杭州市卫生健康委员会").
 */
final class AgencyMentions {

    /** An agency's name, where it was found; or, with a {@code null} name, why none could be taken. */
    record Mention(String name, String where) {
    }

    private static final Pattern REPORT = Pattern.compile("(政府信息公开|政务公开|信息公开)(工作)?(的)?(年度)?(报告|年报)");
    /** What ends the clause before the report's name. */
    private static final String CLAUSE_BREAKS = "，,。；;：:！？!?（(《“\"、";
    /** Verbs opening the clause: "现将", "特向社会公布", "现编制" (将 alone may begin a name: 将乐县). */
    private static final Pattern LEADING_VERBS = Pattern.compile(
            "^((特|现|兹|并)(向社会)?(公布|公开|发布|印发|编制|报送|将|把|就)+|(向社会)?(公布|公开|发布|印发|编制|报送)+)");
    private static final Pattern PUBLISHER = Pattern.compile(
            "(发布机构|发布单位|发文机关|发文单位|信息来源|来源)[\\s|]*[:：]?[\\s|]*([^\\s|:：]+)");
    /**
     * What follows the report's name in a directive's title (《…关于做好2023年政府信息公开工作年度报告编制发布工作的
     * 通知》): that names the directive's issuer, not this report's agency.
     */
    private static final Pattern ANOTHER_DOCUMENT = Pattern.compile("编制|发布工作|有关事项|的通知|格式|》要求");
    private static final int AFTER_MENTION = 10;
    /** Lines of the overview a sentence naming the report is looked for in (it opens the text when it is there). */
    private static final int OVERVIEW_LINES = 3;

    private AgencyMentions() {
    }

    /** The agency a sentence names the report after, if the mention is of this year's report (or of no year). */
    static Mention inSentences(List<Line> preamble, List<Line> overview, Integer year) {
        List<Line> lines = new ArrayList<>(preamble);
        lines.addAll(overview.subList(0, Math.min(OVERVIEW_LINES, overview.size())));
        for (Line line : lines) {
            String text = line.text().replaceAll("\\s+", "");
            Matcher report = REPORT.matcher(text);
            while (report.find()) {
                String clause = clauseBefore(text, report.start());
                String after = text.substring(report.end(), Math.min(text.length(), report.end() + AFTER_MENTION));
                if (clause.contains("关于") || ANOTHER_DOCUMENT.matcher(after).find()) {
                    continue;
                }
                String name = nameBefore(clause, year);
                if (name != null) {
                    return new Mention(name, "a sentence naming the report (" + clause + report.group() + ")");
                }
            }
        }
        return null;
    }

    /**
     * The publisher the page's metadata names. 发布机构 and the like outrank 来源 (often the office that put the page
     * up); two different names of the same rank make it unclear, which is said rather than guessed.
     */
    static Mention inMetadata(List<Line> preamble) {
        Set<String> publishers = new LinkedHashSet<>();
        Set<String> sources = new LinkedHashSet<>();
        String publisherLabel = null;
        for (Line line : preamble) {
            Matcher matcher = PUBLISHER.matcher(line.text());
            while (matcher.find()) {
                String name = AgencyNames.agencyOrNull(matcher.group(2));
                if (name != null && matcher.group(1).contains("来源")) {
                    sources.add(name);
                } else if (name != null) {
                    publishers.add(name);
                    publisherLabel = publisherLabel != null ? publisherLabel : matcher.group(1);
                }
            }
        }
        Set<String> names = publishers.isEmpty() ? sources : publishers;
        String label = publishers.isEmpty() ? "来源" : publisherLabel;
        if (names.size() > 1) {
            return new Mention(null, "no title; the page's " + label + " lines name " + String.join(" and ", names));
        }
        return names.isEmpty() ? null : new Mention(names.iterator().next(), "its " + label + " line");
    }

    private static String clauseBefore(String text, int end) {
        int start = end;
        while (start > 0 && CLAUSE_BREAKS.indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        return text.substring(start, end);
    }

    /** "2022年度十堰市…分局" (year first) or "咸宁市…分局2022年" (year last), its year this report's or none. */
    private static String nameBefore(String clause, Integer year) {
        Matcher years = AgencyNames.YEAR.matcher(clause);
        int lastYearStart = -1;
        int lastYearEnd = -1;
        while (years.find()) {
            String digits = years.group(1) != null ? years.group(1) : years.group();
            if (year != null && digits.matches("\\d{4}") && Integer.parseInt(digits) != year) {
                return null;
            }
            lastYearStart = years.start();
            lastYearEnd = years.end();
        }
        String name = lastYearEnd < 0 ? clause
                : lastYearEnd == clause.length() ? clause.substring(0, lastYearStart) : clause.substring(lastYearEnd);
        return AgencyNames.agencyOrNull(LEADING_VERBS.matcher(name).replaceFirst(""));
    }
}
