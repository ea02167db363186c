package gov.disclosure.reports.parsing;

import gov.disclosure.reports.parsing.text.Line;
import gov.disclosure.reports.parsing.text.Compact;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The agency's name and the report's year, from the title: "汝州市人民政府办公室 2024 年政府信息公开工作年度报告",
 * "2023年度新安县示例局政府信息公开工作年度报告", or split over lines ("# 郑州市政务服务办公室" / "## 政府信息公开工作
 * 年度报告"). Without a year in the title, the year the overview (一) names most is the year reported on. Without a
 * title naming the agency, a sentence naming the report or the page's publisher line may ({@link AgencyMentions}).
 */
final class TitleReader {

    /**
     * @param agencyName {@code null} when not found
     * @param nameSource where the name was taken from when the text has no title line naming it, else {@code null};
     *                   with no name, why none could be taken, if there is more to say than that there is no title
     */
    record Title(String agencyName, Integer year, String nameSource) {
    }

    /** A title's text, and the index of its last line (the one after it when a PDF wrapped it). */
    private record TitleText(String text, int lastLine) {
    }

    private static final Pattern REPORT = Pattern.compile("(政府信息公开|政务公开|信息公开).{0,16}(报告|年报|年度报)");
    private static final Pattern ABOUT = Pattern.compile("关于");
    private static final Pattern SUBJECT = Pattern.compile("(关于)?(的)?(政府信息公开|政务公开|信息公开)");
    /** A year in running text that is not part of a date (2022年1月20日 is when it was published). */
    private static final Pattern YEAR_IN_TEXT = Pattern.compile("(\\d{4})年(度)?(?!\\d{1,2}月)");
    private static final Pattern YEAR_ONLY = Pattern.compile("[(\\[]?(\\d{4}|[〇零一二三四五六七八九]{4})年度?[)\\]]?");
    private static final int MAX_TITLE_LENGTH = 80;
    private static final int MAX_NAME_LINE_LENGTH = 40;
    private static final int LINES_BEFORE_TITLE = 3;
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    private TitleReader() {
    }

    /**
     * @param preamble the lines before the first section heading
     * @param overview the lines of section 一, where the year is looked for when the title has none, and a sentence
     *                 naming the report when there is no title line
     * @param all      all the lines, where a name that a wrapped title cut in two may be found whole
     */
    static Title read(List<Line> preamble, List<Line> overview, List<Line> all) {
        Title title = null;
        int titleLine = -1;
        int[] nextNonBlank = nextNonBlank(preamble);
        for (int line = 0; line < preamble.size() && (title == null || title.agencyName() == null); line++) {
            TitleText text = titleText(preamble, line, nextNonBlank);
            if (text != null) {
                Title candidate = title(preamble, line, text, nextNonBlank);
                if (title == null || candidate.agencyName() != null) {
                    title = candidate;
                    titleLine = line;
                }
            }
        }
        String name = title == null ? null : title.agencyName();
        if (name != null) {
            name = wholeName(preamble, titleLine, name, all);
        }
        Integer year = title == null ? null : title.year();
        year = year != null ? year : mostNamedYear(preamble, titleLine, overview);
        if (name != null) {
            return new Title(name, year, null);
        }
        AgencyMentions.Mention mention = AgencyMentions.inSentences(preamble, overview, year);
        if (mention == null) {
            mention = AgencyMentions.inMetadata(preamble);
        }
        return mention == null ? new Title(null, year, null) : new Title(mention.name(), year, mention.where());
    }

    /** The name and year a title line gives, with the lines just before it and the one after it. */
    private static Title title(List<Line> preamble, int titleLine, TitleText titleText, int[] nextNonBlank) {
        String title = titleText.text();
        Integer year = year(title);
        int subject = lastSubject(title);
        String prefix = subject >= 0 ? title.substring(0, subject) : "";
        String name = subject >= 0 ? AgencyNames.fromTitlePrefix(prefix) : null;
        // only a title starting with its year or subject has its name on a line above; a breadcrumb has none
        boolean nameAbove = name == null && subject >= 0 && AgencyNames.isBare(prefix);
        int looked = 0;
        for (int i = titleLine - 1; nameAbove && i >= 0 && looked < LINES_BEFORE_TITLE && name == null; i--) {
            String before = withoutSpaces(preamble.get(i).text());
            if (before.isEmpty()) {
                continue; // a web page may set the name and the title apart by any number of blank lines
            }
            looked++;
            if (isNameLine(before)) {
                name = AgencyNames.fromTitlePrefix(before);
                year = year != null ? year : year(before);
            }
        }
        int next = nextNonBlank[titleText.lastLine()];
        if (year == null && next >= 0) {
            String after = withoutSpaces(preamble.get(next).text());
            year = YEAR_ONLY.matcher(after).matches() ? year(after) : null;
        }
        return new Title(name, year, null);
    }

    /**
     * The name a title gives, or the whole of it where the title was wrapped inside it ("新安县示" / "例局2023年…"):
     * the line above it joined to it, where the text names the agency so elsewhere too (its first sentence, its
     * signature), or where that line is a place and the name has none ("周口市" / "行政服务中心2021年…"). Without
     * that, a line above is a page's header or the name of the site ("新安县人民政府门户网站").
     */
    private static String wholeName(List<Line> preamble, int titleLine, String name, List<Line> all) {
        int above = titleLine - 1;
        String before = above >= 0 ? withoutSpaces(preamble.get(above).text()) : "";
        if (!isNameLine(before) || REPORT.matcher(before).find() || year(before) != null) {
            return name;
        }
        String whole = AgencyNames.fromTitlePrefix(before + name);
        if (whole == null) {
            return name;
        }
        if (AgencyPlaces.isPlace(before) && !AgencyPlaces.hasPlace(name)) {
            return whole; // "周口市" / "行政服务中心2021年…": the place the title's name leaves out
        }
        String compact = Compact.of(whole);
        for (int i = 0; i < all.size(); i++) {
            if (i != above && i != titleLine && all.get(i).compact().contains(compact)) {
                return whole;
            }
        }
        return name;
    }

    /**
     * The title on this line, or on it and the next when a PDF wrapped it: where the next line has no title of its own
     * (…年度报 / 告), or where the wrap cut the title's year or subject in two (…2023年政 / 府信息公开…); else
     * {@code null}.
     */
    private static TitleText titleText(List<Line> lines, int index, int[] nextNonBlank) {
        Line line = lines.get(index);
        if (line.isProse() || line.compact().length() > MAX_TITLE_LENGTH) {
            return null;
        }
        if (REPORT.matcher(line.compact()).find()) {
            return new TitleText(withoutSpaces(line.text()), index);
        }
        int next = nextNonBlank[index];
        if (next < 0 || lines.get(next).isProse()) {
            return null;
        }
        String first = withoutSpaces(line.text());
        String joined = first + withoutSpaces(lines.get(next).text());
        String compact = Compact.of(joined);
        boolean wrapped = !REPORT.matcher(lines.get(next).compact()).find() || cutInTwo(joined, first.length());
        return wrapped && compact.length() <= MAX_TITLE_LENGTH && REPORT.matcher(compact).find()
                ? new TitleText(joined, next) : null;
    }

    /** Whether a year, "关于" or the subject of a title runs across {@code at}: a line broken inside a word. */
    private static boolean cutInTwo(String title, int at) {
        for (Pattern word : List.of(AgencyNames.YEAR, ABOUT, SUBJECT)) {
            Matcher matcher = word.matcher(title);
            while (matcher.find()) {
                if (matcher.start() < at && matcher.end() > at) {
                    return true;
                }
            }
        }
        return false;
    }

    /** For each line, the first line after it that is not blank, or -1: worked out once, so that it costs no more. */
    private static int[] nextNonBlank(List<Line> lines) {
        int[] next = new int[lines.size()];
        int following = -1;
        for (int i = lines.size() - 1; i >= 0; i--) {
            next[i] = following;
            if (!lines.get(i).text().isBlank()) {
                following = i;
            }
        }
        return next;
    }

    /** Where the report's subject starts: its last mention before "报告" (a breadcrumb may mention it before). */
    private static int lastSubject(String title) {
        Matcher subject = SUBJECT.matcher(title);
        int start = -1;
        while (subject.find()) {
            String after = title.substring(subject.end(), Math.min(title.length(), subject.end() + 16));
            if (after.contains("报告") || after.contains("年报") || after.contains("年度报")) {
                start = subject.start();
            }
        }
        return start;
    }

    private static boolean isNameLine(String text) {
        return !text.isEmpty() && text.length() <= MAX_NAME_LINE_LENGTH && text.indexOf('。') < 0
                && text.indexOf(':') < 0 && text.indexOf('：') < 0 && text.codePoints().anyMatch(AgencyNames::isHan);
    }

    private static Integer year(String text) {
        Matcher matcher = AgencyNames.YEAR.matcher(text);
        while (matcher.find()) {
            Integer year = plausibleYear(matcher.group(1) != null ? matcher.group(1) : matcher.group());
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
}
