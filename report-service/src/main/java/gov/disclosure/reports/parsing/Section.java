package gov.disclosure.reports.parsing;

import gov.disclosure.reports.parsing.text.Compact;

import java.util.regex.Pattern;

/**
 * The six parts of a report, with the titles their headings carry. The canonical title is the template's; the
 * alternatives are wordings seen in published reports and are only trusted after a top-level number (二、…).
 */
enum Section {
    OVERVIEW("一", "总体情况", "(总体|基本|总体工作|工作)?(情况|概述|概况)"),
    PROACTIVE_DISCLOSURE("二", "主动公开政府信息情况", "(行政机关)?(主动公开(政府)?信息(的)?(情况)?|主动公开情况)"),
    APPLICATIONS("三", "收到和处理政府信息公开申请情况", "(行政机关)?(收到和处理政府信息公开申请(的)?(情况)?"
            + "|(依申请公开|收到和处理)(政府信息)?(公开申请)?(的)?情况)"),
    REVIEW_AND_LITIGATION("四", "政府信息公开行政复议、行政诉讼情况",
            "(因)?(政府信息公开)?(工作)?(被申请|申请)?行政复议.{0,6}行政诉讼(的)?(情况)?"),
    PROBLEMS("五", "存在的主要问题及改进情况",
            "(政府信息公开工作)?(存在(的)?)?(主要)?问题(及|和|与)?(改进|整改)?(情况|措施|方向)?"),
    OTHER_MATTERS("六", "其他需要报告的事项", "其他需要报告(的)?(事项)?|其他事项");

    private final String numeral;
    private final String title;
    private final String compactTitle;
    private final Pattern alternatives;

    Section(String numeral, String title, String alternatives) {
        this.numeral = numeral;
        this.title = title;
        this.compactTitle = Compact.of(title);
        this.alternatives = Pattern.compile(alternatives);
    }

    /** The section's number as printed: 一 … 六; what {@link MissingPart#section()} names. */
    String numeral() {
        return numeral;
    }

    String title() {
        return title;
    }

    String compactTitle() {
        return compactTitle;
    }

    /** Whether {@code compactText} (a heading without its number) starts with one of the section's titles. */
    int titleLength(String compactText, boolean numbered) {
        String canonical = compactTitle();
        if (compactText.startsWith(canonical)) {
            return canonical.length();
        }
        if (!numbered) {
            return -1;
        }
        var matcher = alternatives.matcher(compactText);
        return matcher.lookingAt() && matcher.end() > 0 ? matcher.end() : -1;
    }

    /**
     * The section a heading numbered {@code number} may be besides its number's: a report that leaves a section out
     * (no 四 when it had no review or litigation) numbers the prose sections after it one less (四、存在的问题…).
     */
    static Section shiftedByOne(int number) {
        return number == 4 || number == 5 ? byNumber(number + 1) : null;
    }

    /** Sections 二, 三 and 四 are tables; 一, 五 and 六 prose. */
    boolean hasTable() {
        return this == PROACTIVE_DISCLOSURE || this == APPLICATIONS || this == REVIEW_AND_LITIGATION;
    }

    static Section byNumber(int number) {
        return values()[number - 1];
    }
}
