package gov.disclosure.reports.parsing;

import gov.disclosure.reports.parsing.text.Line;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a report says it was published: a page's 发布时间 (发布日期, 成文日期) line, or the date under the signature at the
 * end of the text ("汝州市人民政府办公室 / 2025年1月20日", "二〇二五年一月二十日"). Only a date from the report's year to
 * today is taken: a page may carry other dates (when it was updated, printed, or a wrong year).
 */
final class PublicationDate {

    /** The date found, and where. */
    record Found(LocalDate date, String where) {
    }

    private static final String ARABIC = "(\\d{4})\\s*[-年/.]\\s*(\\d{1,2})\\s*[-月/.]\\s*(\\d{1,2})\\s*日?";
    private static final String CHINESE = "([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日";
    private static final Pattern METADATA = Pattern.compile(
            "(发布时间|发布日期|发布于|成文日期|发文日期)\\s*[:：]?\\s*(" + ARABIC + ")");
    private static final Pattern DATE_LINE = Pattern.compile("^\\s*(?:" + ARABIC + "|" + CHINESE + ")\\s*$");
    /** How many non-blank lines at the end of a text a signature's date may stand among. */
    private static final int SIGNATURE_LINES = 4;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private PublicationDate() {
    }

    /** The publication date the text states for the report of {@code year}, or {@code null}. */
    static Found of(List<Line> lines, Integer year) {
        if (year == null) {
            return null;
        }
        for (Line line : lines) {
            Matcher metadata = METADATA.matcher(line.text());
            if (metadata.find()) {
                LocalDate date = plausible(arabic(metadata.group(3), metadata.group(4), metadata.group(5)), year);
                if (date != null) {
                    return new Found(date, "its " + metadata.group(1) + " line");
                }
            }
        }
        int seen = 0;
        for (int i = lines.size() - 1; i >= 0 && seen < SIGNATURE_LINES; i--) {
            String text = lines.get(i).text();
            if (text.isBlank()) {
                continue;
            }
            seen++;
            Matcher dateLine = DATE_LINE.matcher(text);
            if (dateLine.matches()) {
                LocalDate date = dateLine.group(1) != null ? arabic(dateLine.group(1), dateLine.group(2), dateLine.group(3))
                        : chinese(dateLine.group(4), dateLine.group(5), dateLine.group(6));
                date = plausible(date, year);
                if (date != null) {
                    return new Found(date, "the date under its signature");
                }
            }
        }
        return null;
    }

    private static LocalDate plausible(LocalDate date, int year) {
        return date != null && date.getYear() >= year && !date.isAfter(LocalDate.now(CHINA)) ? date : null;
    }

    private static LocalDate arabic(String year, String month, String day) {
        return date(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    }

    /** 二〇二五年一月二十日: the year digit by digit, month and day as numbers (十, 二十, 三十一). */
    private static LocalDate chinese(String year, String month, String day) {
        StringBuilder digits = new StringBuilder();
        for (char c : year.toCharArray()) {
            digits.append(c == '零' || c == '〇' ? 0 : "一二三四五六七八九".indexOf(c) + 1);
        }
        return date(Integer.parseInt(digits.toString()), chineseNumber(month), chineseNumber(day));
    }

    private static int chineseNumber(String text) {
        int ten = text.indexOf('十');
        if (ten < 0) {
            return "一二三四五六七八九".indexOf(text.charAt(0)) + 1;
        }
        int tens = ten == 0 ? 1 : "一二三四五六七八九".indexOf(text.charAt(0)) + 1;
        int units = ten == text.length() - 1 ? 0 : "一二三四五六七八九".indexOf(text.charAt(ten + 1)) + 1;
        return tens * 10 + units;
    }

    private static LocalDate date(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException notADate) {
            return null;
        }
    }
}
