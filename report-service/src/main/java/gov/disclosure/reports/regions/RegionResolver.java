package gov.disclosure.reports.regions;

import gov.disclosure.reports.parsing.text.ChineseText;

import gov.disclosure.region.Region;
import gov.disclosure.region.Regions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds the region of an agency from its name: the name starts with its region's name (汝州市人民政府办公室,
 * 郑州市政务服务办公室), possibly after the names of the regions above it (河南省洛阳市涧西区…). Each region name
 * read narrows the next to the regions below it; the longest name wins at each step.
 * Central government departments (国务院…, 国家…, 中华人民共和国…, 教育部…) belong to the country unless a region's
 * name follows (国家税务总局河南省税务局 → 河南省). Autonomous regions also go by their common names (恩施州, 石柱县).
 * A name may leave out a region's suffix (洛阳涧西区…, 河南洛阳…): such a short name counts only where a region below
 * it follows. A city bureau's branch for one of its counties (十堰市生态环境局郧阳分局) is that county's.
 */
public final class RegionResolver {

    /** Names in the table that are groupings, not places an agency is named after. */
    private static final Set<String> PSEUDO_NAMES = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");
    private static final List<String> CENTRAL_PREFIXES = List.of("中华人民共和国", "中央人民政府", "国务院", "国家", "中国");
    /** The State Council's ministries and offices whose names start with none of those prefixes. */
    private static final List<String> CENTRAL_DEPARTMENTS = List.of("外交部", "国防部", "教育部", "科学技术部",
            "工业和信息化部", "公安部", "民政部", "司法部", "财政部", "人力资源和社会保障部", "自然资源部", "生态环境部",
            "住房和城乡建设部", "交通运输部", "水利部", "农业农村部", "商务部", "文化和旅游部", "退役军人事务部", "应急管理部",
            "审计署", "海关总署");
    /** Prefixes of party bodies that also publish reports (中共汝州市委…): the place follows them. */
    private static final List<String> PARTY_PREFIXES = List.of("中国共产党", "中共");
    /** Suffixes a region's name can be written without; longest first. */
    private static final List<String> SUFFIXES = List.of("自治区", "自治州", "自治县", "地区", "省", "市", "县", "区", "盟", "旗");
    private static final String BRANCH = "分局";

    /** A step of a name's chain of regions: the regions named and where their name ends. */
    private record Step(List<Region> regions, int end) {
    }

    private final Regions regions;
    private final Map<String, List<Region>> byName = new HashMap<>();
    private final Map<String, List<Region>> byShortName = new HashMap<>();
    private final int longestName;

    public RegionResolver(Regions regions) {
        this.regions = regions;
        int longest = 0;
        for (Region region : regions.all()) {
            if (region.isCountry() || PSEUDO_NAMES.contains(region.name()) || region.name().contains("直辖")) {
                continue;
            }
            byName.computeIfAbsent(region.name(), name -> new ArrayList<>()).add(region);
            String commonName = AutonomousRegionNames.commonName(region.name());
            if (commonName != null) {
                byName.computeIfAbsent(commonName, name -> new ArrayList<>()).add(region);
            }
            String shortName = shortName(region.name());
            if (shortName != null) {
                byShortName.computeIfAbsent(shortName, name -> new ArrayList<>()).add(region);
            }
            longest = Math.max(longest, region.name().length());
        }
        this.longestName = longest;
    }

    public RegionMatch resolve(String agencyName) {
        String name = ChineseText.normalize(agencyName).replaceAll("[\\s\\p{Punct}《》“”‘’「」【】]", "");
        for (String prefix : PARTY_PREFIXES) {
            if (name.startsWith(prefix)) {
                name = name.substring(prefix.length());
                break;
            }
        }
        for (String prefix : Stream.concat(CENTRAL_PREFIXES.stream(), CENTRAL_DEPARTMENTS.stream()).toList()) {
            if (name.startsWith(prefix)) {
                return centralOrLocalBranch(name, prefix.length());
            }
        }
        return chainFrom(name, 0);
    }

    /** 国家税务总局河南省税务局 is a branch in 河南省; 国家发展和改革委员会 is the country's. */
    private RegionMatch centralOrLocalBranch(String name, int from) {
        for (int start = from; start < name.length(); start++) {
            if (chainFrom(name, start) instanceof RegionMatch.Found found) {
                return found;
            }
        }
        return new RegionMatch.Found(Regions.COUNTRY);
    }

    private RegionMatch chainFrom(String name, int start) {
        List<Region> within = null;
        int position = start;
        for (Step step = step(name, position, null); step != null; step = step(name, position, within)) {
            position = step.end();
            within = step.regions();
        }
        if (within == null) {
            return new RegionMatch.Unknown();
        }
        if (within.size() == 1) {
            Region branchOf = branchCounty(name.substring(position), within.get(0));
            return new RegionMatch.Found(branchOf != null ? branchOf : within.get(0));
        }
        return new RegionMatch.Ambiguous(within);
    }

    /** The regions named at {@code position}: by full name, else by short name if a region below it follows. */
    private Step step(String name, int position, List<Region> within) {
        Step full = longestNameAt(name, position, within, byName);
        if (full != null) {
            return full;
        }
        Step shortened = longestNameAt(name, position, within, byShortName);
        if (shortened == null) {
            return null;
        }
        List<Region> followed = shortened.regions().stream()
                .filter(region -> step(name, shortened.end(), List.of(region)) != null).toList();
        return followed.isEmpty() ? null : new Step(followed, shortened.end());
    }

    /** The regions named by the longest name at {@code position}, below one of {@code within} if given. */
    private Step longestNameAt(String name, int position, List<Region> within, Map<String, List<Region>> names) {
        for (int length = Math.min(longestName, name.length() - position); length >= 2; length--) {
            List<Region> named = names.get(name.substring(position, position + length));
            if (named == null) {
                continue;
            }
            List<Region> below = within == null ? named : named.stream().filter(r -> isBelowAny(r, within)).toList();
            if (!below.isEmpty()) {
                return new Step(below, position + length);
            }
        }
        return null;
    }

    /** The county below {@code region} whose branch the rest of the name is ("…局郧阳分局", "…局嘉鱼县分局"). */
    private Region branchCounty(String rest, Region region) {
        if (!rest.endsWith(BRANCH)) {
            return null;
        }
        for (Region below : regions.selfAndDescendants(region.code())) {
            String shortName = shortName(below.name());
            if (!below.equals(region) && (rest.endsWith(below.name() + BRANCH)
                    || shortName != null && rest.endsWith(shortName + BRANCH))) {
                return below;
            }
        }
        return null;
    }

    /** The name without its suffix (洛阳市 → 洛阳, 湘西土家族苗族自治州 → 湘西), if two characters or more remain. */
    private static String shortName(String name) {
        String stem = AutonomousRegionNames.stem(name);
        if (stem != null) {
            return stem;
        }
        for (String suffix : SUFFIXES) {
            if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
                return name.substring(0, name.length() - suffix.length());
            }
        }
        return null;
    }

    private boolean isBelowAny(Region region, List<Region> ancestors) {
        List<Region> chain = regions.selfAndAncestors(region.code());
        for (Region ancestor : ancestors) {
            if (!ancestor.code().equals(region.code()) && chain.contains(ancestor)) {
                return true;
            }
        }
        return false;
    }
}
