package gov.disclosure.reports.parsing;

import java.util.regex.Pattern;

/** What is left of an agency's name once the words around it in a title or a sentence are taken off. */
final class AgencyNames {

    /** A year as titles print it: 2023年, 2023年度, 二〇二三年, or 2023 right before the report's subject. */
    static final Pattern YEAR = Pattern.compile("(\\d{4}|[〇零一二三四五六七八九]{4})年(度)?"
            + "|\\d{4}(?=(关于)?(的)?(政府信息公开|政务公开|信息公开)|$)");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{Punct}《》“”‘’「」【】、:：]+|[\\p{Punct}《》“”‘’「」【】、:：]+$");
    /** "标题:", "关键字:", a breadcrumb "首页>政务公开>" or a page header "Page 8 -" before the name. */
    private static final Pattern LABEL_OR_PATH = Pattern.compile("^.*[:>|/»›\\-—]");
    /** Words a title or sentence puts around a name: "关于", "的", a bare "年度" (年度信息公开报告). */
    private static final Pattern FRAME_WORDS = Pattern.compile("^(关于|本年度|年度)+|(关于|的|年度)+$");
    /**
     * "我局", "本机关", "该委": the report speaking of itself; "区统计局", "市政府办": a name relative to a place left
     * unsaid (no region name starts with 市, 县 or 区).
     */
    private static final Pattern SELF_REFERENCE = Pattern.compile("^(我|本|该|各|市|县|区)");
    /** How names of agencies end: 局, 委员会, 人民政府, 办公室, 街道办事处, 镇, 乡, 中心, … */
    private static final Pattern AGENCY_ENDING = Pattern.compile(
            "(局|厅|委|委员会|办|办公室|政府|街道|办事处|镇|乡|中心|院|署|会|所|站|部|处|队|馆|室)$");
    /** What a page's 来源 line may say that names no agency: "办公室", "本站", "市政府办". */
    private static final Pattern GENERIC = Pattern.compile("^(镇|乡)?(政府)?(办公室|办|本站|本网|网站|综合科|党政办|信息中心)$");
    private static final Pattern BRACKETS = Pattern.compile("[（）()〔〕【】\\[\\]]");
    private static final int MAX_NAME_LENGTH = 60;

    private AgencyNames() {
    }

    /** The name in what precedes a title's subject, or {@code null} when nothing there is a name. */
    static String fromTitlePrefix(String text) {
        String name = LABEL_OR_PATH.matcher(text).replaceFirst("");
        return valid(strip(name));
    }

    /**
     * Whether a title's text before its subject holds nothing but a year and framing words
     * ("2023年度", "关于2023年度"), so that the name may stand on the line above.
     */
    static boolean isBare(String prefix) {
        return BRACKETS.matcher(strip(prefix)).replaceAll("").isEmpty();
    }

    /**
     * A name that looks like an agency's ("…局", "…人民政府"), not a phrase, the report speaking of itself (我局), a
     * relative name (区统计局) or a word naming no one agency (办公室).
     */
    static String agencyOrNull(String candidate) {
        String name = valid(strip(candidate));
        return name != null && AGENCY_ENDING.matcher(name).find() && !SELF_REFERENCE.matcher(name).find()
                && !GENERIC.matcher(name).matches() ? name : null;
    }

    private static String strip(String text) {
        String name = YEAR.matcher(text).replaceAll("");
        name = EDGE_PUNCTUATION.matcher(name).replaceAll("");
        name = FRAME_WORDS.matcher(name).replaceAll("");
        return EDGE_PUNCTUATION.matcher(name).replaceAll("");
    }

    private static String valid(String name) {
        if (name.length() < 2 || name.length() > MAX_NAME_LENGTH || name.codePoints().noneMatch(AgencyNames::isHan)) {
            return null;
        }
        return name;
    }

    static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
