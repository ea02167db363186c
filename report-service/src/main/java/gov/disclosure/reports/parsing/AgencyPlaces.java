package gov.disclosure.reports.parsing;

import gov.disclosure.reports.parsing.text.Line;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a text names its agency with its place when its title does not: a title "行政服务中心2021年政府信息公开工作
 * 年度报告" over a first sentence "现将周口市行政服务中心2021年…公布如下", a publisher line "发布机构：周口市行政服务中心",
 * or a signature "周口市行政服务中心 2022年1月20日". A person takes the place from the most specific of them.
 */
final class AgencyPlaces {

    /** How the name of a place ends: 河南省, 周口市, 郸城县, 九龙坡区, 恩施州, 鄂温克旗, 锡林郭勒盟. */
    private static final String PLACE_ENDINGS = "省市县区州旗盟";
    /** Words a sentence may open with before the place: "现将", "根据". */
    private static final Pattern LEADING_WORDS = Pattern.compile("^(现将|特将|兹将|现就|根据|按照|依据|对照|关于|经过|通过)+");
    /**
     * A place relative to the writer, or not a place at all: "我市", "本县", "全省", "各区", "上级", "省市" (上党区, 全椒县 and
     * 原平市 are places).
     */
    private static final Pattern RELATIVE = Pattern.compile("^(我|本|该|各|全(省|市|县|区)|上级|下级|上述|所属|其他|省市|市县|县区)");
    private static final int LONGEST_PLACE = 24;
    private static final int SHORTEST_PLACE = 2;

    private AgencyPlaces() {
    }

    /** Whether the name starts with a place (汝州市人民政府办公室), rather than naming only the agency (行政服务中心). */
    static boolean hasPlace(String name) {
        for (int i = 1; i < name.length() - 1; i++) {
            if (PLACE_ENDINGS.indexOf(name.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Fuller names the lines give the agency named {@code name}: a place before the name, most specific first. */
    static List<String> fullerNames(String name, List<Line> lines) {
        if (name == null || hasPlace(name)) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        for (Line line : lines) {
            String text = line.text().replaceAll("\\s+", "");
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                String place = placeBefore(text, at);
                if (place != null) {
                    names.add(place + name);
                }
            }
        }
        List<String> fuller = new ArrayList<>(names);
        fuller.sort(Comparator.comparingInt(String::length).reversed());
        return fuller;
    }

    /** Whether the text is a place and nothing else: 周口市, 郸城县. */
    static boolean isPlace(String text) {
        return text.equals(placeBefore(text, text.length()));
    }

    /** The place the text names right before {@code end}, or {@code null}. */
    private static String placeBefore(String text, int end) {
        int start = end;
        while (start > 0 && end - start < LONGEST_PLACE && Character.isIdeographic(text.charAt(start - 1))) {
            start--;
        }
        String place = LEADING_WORDS.matcher(text.substring(start, end)).replaceFirst("");
        boolean endsAsPlace = !place.isEmpty() && PLACE_ENDINGS.indexOf(place.charAt(place.length() - 1)) >= 0;
        return endsAsPlace && place.length() >= SHORTEST_PLACE && !RELATIVE.matcher(place).find() ? place : null;
    }
}
