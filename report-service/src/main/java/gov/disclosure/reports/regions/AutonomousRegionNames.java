package gov.disclosure.reports.regions;

import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The names autonomous regions go by: 湘西土家族苗族自治州 is 湘西州 (湘西 before a region below it), 石柱土家族自治县
 * is 石柱县, 宁夏回族自治区 is 宁夏. Agencies are named that way (恩施州利川市人民政府, 黔东南州财政局), so the stem is
 * the name without its peoples and its "自治…".
 */
final class AutonomousRegionNames {

    private static final Pattern AUTONOMOUS = Pattern.compile("(.+?)自治([州县旗区])");
    private static final int SHORTEST_STEM = 2;
    /** The peoples named in region names; longest first, so that 土家族 is not read as …土族. */
    private static final List<String> PEOPLES = peoples("蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克"
            + " 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克"
            + " 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各");

    private AutonomousRegionNames() {
    }

    /** 湘西 for 湘西土家族苗族自治州, 鄂伦春 for 鄂伦春自治旗; {@code null} for a name that is not autonomous. */
    static String stem(String name) {
        Matcher autonomous = AUTONOMOUS.matcher(name);
        if (!autonomous.matches()) {
            return null;
        }
        String stem = withoutPeoples(autonomous.group(1));
        if (stem.endsWith("族") && stem.length() > SHORTEST_STEM) {
            stem = stem.substring(0, stem.length() - 1); // 东乡族自治县 is 东乡县
        }
        return stem;
    }

    /** 湘西州, 石柱县, 莫力达瓦旗; {@code null} for an autonomous region (宁夏 alone is only a prefix) or another name. */
    static String commonName(String name) {
        String stem = stem(name);
        if (stem == null || name.endsWith("区")) {
            return null;
        }
        return stem + name.charAt(name.length() - 1);
    }

    private static String withoutPeoples(String stem) {
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String people : PEOPLES) {
                if (stem.endsWith(people) && stem.length() - people.length() >= SHORTEST_STEM) {
                    stem = stem.substring(0, stem.length() - people.length());
                    stripped = true;
                    break;
                }
            }
        }
        return stem;
    }

    /** Each people as "X族", and also as "X" where the name is two characters or more (伊犁哈萨克自治州). */
    private static List<String> peoples(String names) {
        return Stream.of(names.split(" "))
                .flatMap(people -> people.length() >= 2 ? Stream.of(people + "族", people) : Stream.of(people + "族"))
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }
}
