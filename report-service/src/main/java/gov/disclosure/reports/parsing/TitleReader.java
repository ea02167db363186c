package gov.disclosure.reports.parsing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The agency's name and the report's year, from the title: "汝州市人民政府办公室 2024 年政府信息公开工作年度报告",
 * "2023年度新安县示例局政府信息公开工作年度报告", or split over lines ("# 郑州市政务服务办公室" / "## 政府信息公开工作
 * 年度报告"). Without a year in the title, the year the overview (一) names most is the year reported on.
 */
final class TitleReader {

    record Title(String agencyName, Integer year) {
    }

    private static final Pattern REPORT = Pattern.compile("(政府信息公开|政务公开|信息公开).{0,16}(报告|年报)");
    private static final Pattern SUBJECT = Pattern.compile("(关于)?(的)?(政府信息公开|政务公开|信息公开)");
    private static final Pattern YEAR = Pattern.compile("(\\d{4}|[〇零一二三四五六七八九]{4})年(度)?");
    private static final Pattern YEAR_ONLY = Pattern.compile("[(\\[]?(\\d{4}|[〇零一二三四五六七八九]{4})年度?[)\\]]?");
    /** A year in running text that is not part of a date (2022年1月20日 is when it was published). */
    private static final Pattern YEAR_IN_TEXT = Pattern.compile("(\\d{4})年(度)?(?!\\d{1,2}月)");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}《》“”‘’「」【】、:：]+|[\\p{Punct}《》“”‘’「」【】、:：]+$");
    /** "标题:", "关键字:", a breadcrumb "首页>政务公开>" or a page header "Page 8 -" before the name. */
    private static final Pattern LABEL_OR_PATH = Pattern.compile("^.*[:>|/»›\\-—]");
    private static final int MAX_TITLE_LENGTH = 80;
    private static final int MAX_NAME_LINE_LENGTH = 40;
    private static final int MAX_NAME_LENGTH = 60;
    private static final int LINES_BEFORE_TITLE = 3;
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    private TitleReader() {
    }

    /**
     * @param preamble the lines before the first section heading
     * @param overview the lines of section 一, where the year is looked for when the title has none
     */
    static Title read(List<Line> preamble, List<Line> overview) {
        Title title = null;
        int titleLine = -1;
        for (int line = 0; line < preamble.size() && (title == null || title.agencyName() == null); line++) {
            String text = titleText(preamble, line);
            if (text != null) {
                Title candidate = title(preamble, line, text);
                if (title == null || candidate.agencyName() != null) {
                    title = candidate;
                    titleLine = line;
                }
            }
        }
        String name = title == null ? null : title.agencyName();
        Integer year = title == null ? null : title.year();
        return new Title(name, year != null ? year : mostNamedYear(preamble, titleLine, overview));
    }

    /** The name and year a title line gives, with the lines just before it and the one after it. */
    private static Title title(List<Line> preamble, int titleLine, String title) {
        Integer year = year(title);
        int subject = lastSubject(title);
        String name = subject >= 0 ? agencyName(title.substring(0, subject)) : null;
        for (int i = titleLine - 1; i >= 0 && i >= titleLine - LINES_BEFORE_TITLE && name == null; i--) {
            String before = withoutSpaces(preamble.get(i).text());
            if (isNameLine(before)) {
                name = agencyName(before);
                year = year != null ? year : year(before);
            }
        }
        if (year == null && titleLine + 1 < preamble.size()) {
            String after = withoutSpaces(preamble.get(titleLine + 1).text());
            year = YEAR_ONLY.matcher(after).matches() ? year(after) : null;
        }
        return new Title(name, year);
    }

    /** The title on this line, or on it and the next when a PDF wrapped it (…年度报 / 告); else {@code null}. */
    private static String titleText(List<Line> lines, int index) {
        Line line = lines.get(index);
        if (line.isProse() || line.compact().length() > MAX_TITLE_LENGTH) {
            return null;
        }
        if (REPORT.matcher(line.compact()).find()) {
            return withoutSpaces(line.text());
        }
        if (index + 1 < lines.size() && !lines.get(index + 1).isProse()
                && !REPORT.matcher(lines.get(index + 1).compact()).find()) {
            String joined = withoutSpaces(line.text() + lines.get(index + 1).text());
            String compact = Compact.of(joined);
            return compact.length() <= MAX_TITLE_LENGTH && REPORT.matcher(compact).find() ? joined : null;
        }
        return null;
    }

    /** Where the report's subject starts: its last mention before "报告" (a breadcrumb may mention it before). */
    private static int lastSubject(String title) {
        Matcher subject = SUBJECT.matcher(title);
        int start = -1;
        while (subject.find()) {
            String after = title.substring(subject.end(), Math.min(title.length(), subject.end() + 16));
            if (after.contains("报告") || after.contains("年报")) {
                start = subject.start();
            }
        }
        return start;
    }

    private static boolean isNameLine(String text) {
        return !text.isEmpty() && text.length() <= MAX_NAME_LINE_LENGTH && text.indexOf('。') < 0
                && text.indexOf(':') < 0 && text.indexOf('：') < 0 && text.codePoints().anyMatch(TitleReader::isHan);
    }

    /** The name in what precedes the title's subject: without labels, the year, "关于", "的" and enclosing marks. */
    private static String agencyName(String text) {
        String name = LABEL_OR_PATH.matcher(text).replaceFirst("");
        name = YEAR.matcher(name).replaceAll("");
        name = EDGE_PUNCTUATION.matcher(name).replaceAll("");
        name = name.replaceFirst("^关于", "").replaceFirst("(关于|的)+$", "");
        name = EDGE_PUNCTUATION.matcher(name).replaceAll("");
        if (name.length() < 2 || name.length() > MAX_NAME_LENGTH || name.codePoints().noneMatch(TitleReader::isHan)) {
            return null;
        }
        return name;
    }

    private static Integer year(String text) {
        Matcher matcher = YEAR.matcher(text);
        while (matcher.find()) {
            Integer year = plausibleYear(matcher.group(1));
            if (year != null) {
                return year;
            }
        }
        return null;
    }

    /** The year named most often ("YYYY年度" counts twice), the first named on a tie. */
    private static Integer mostNamedYear(List<Line> preamble, int titleLine, List<Line> overview) {
        Map<Integer, Integer> weights = new HashMap<>();
        Map<Integer, Integer> firstSeen = new HashMap<>();
        int position = 0;
        for (int i = 0; i < preamble.size() + overview.size(); i++) {
            if (i == titleLine) {
                continue;
            }
            Line line = i < preamble.size() ? preamble.get(i) : overview.get(i - preamble.size());
            Matcher matcher = YEAR_IN_TEXT.matcher(withoutSpaces(line.text()));
            while (matcher.find()) {
                Integer year = plausibleYear(matcher.group(1));
                if (year != null) {
                    weights.merge(year, matcher.group(2) != null ? 2 : 1, Integer::sum);
                    firstSeen.putIfAbsent(year, position++);
                }
            }
        }
        return weights.keySet().stream()
                .max((a, b) -> weights.get(a).equals(weights.get(b))
                        ? Integer.compare(firstSeen.get(b), firstSeen.get(a))
                        : Integer.compare(weights.get(a), weights.get(b)))
                .orElse(null);
    }

    private static Integer plausibleYear(String digits) {
        StringBuilder arabic = new StringBuilder(4);
        for (char c : digits.toCharArray()) {
            int chinese = "〇一二三四五六七八九".indexOf(c);
            arabic.append(c == '零' ? '0' : chinese >= 0 ? (char) ('0' + chinese) : c);
        }
        int year = Integer.parseInt(arabic.toString());
        return year >= FIRST_YEAR && year <= LAST_YEAR ? year : null;
    }

    private static String withoutSpaces(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
