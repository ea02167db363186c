package gov.disclosure.reports.parsing;

import gov.disclosure.region.Region;
import gov.disclosure.region.Regions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the region of an agency from its name: the name starts with its region's name (汝州市人民政府办公室,
 * 郑州市政务服务办公室), possibly after the names of the regions above it (河南省洛阳市涧西区…). Each region name
 * read narrows the next to the regions below it; the longest name wins at each step.
 * Central government departments (国务院…, 国家…, 中华人民共和国…) belong to the country unless a region's name
 * follows (国家税务总局河南省税务局 → 河南省).
 */
public final class RegionResolver {

    /** Names in the table that are groupings, not places an agency is named after. */
    private static final Set<String> PSEUDO_NAMES = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");
    private static final List<String> CENTRAL_PREFIXES = List.of("中华人民共和国", "中央人民政府", "国务院", "国家", "中国");
    /** Prefixes of party bodies that also publish reports (中共汝州市委…): the place follows them. */
    private static final List<String> PARTY_PREFIXES = List.of("中国共产党", "中共");

    private final Regions regions;
    private final Map<String, List<Region>> byName = new HashMap<>();
    private final int longestName;

    public RegionResolver(Regions regions) {
        this.regions = regions;
        int longest = 0;
        for (Region region : regions.all()) {
            if (region.isCountry() || PSEUDO_NAMES.contains(region.name()) || region.name().contains("直辖")) {
                continue;
            }
            byName.computeIfAbsent(region.name(), name -> new ArrayList<>()).add(region);
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
        for (String prefix : CENTRAL_PREFIXES) {
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
        while (position < name.length()) {
            List<Region> next = longestNameAt(name, position, within);
            if (next == null) {
                break;
            }
            position += next.get(0).name().length();
            within = next;
        }
        if (within == null) {
            return new RegionMatch.Unknown();
        }
        return within.size() == 1 ? new RegionMatch.Found(within.get(0)) : new RegionMatch.Ambiguous(within);
    }

    /** The regions named by the longest name at {@code position}, below one of {@code within} if given. */
    private List<Region> longestNameAt(String name, int position, List<Region> within) {
        for (int length = Math.min(longestName, name.length() - position); length >= 2; length--) {
            List<Region> named = byName.get(name.substring(position, position + length));
            if (named == null) {
                continue;
            }
            List<Region> below = within == null ? named : named.stream().filter(r -> isBelowAny(r, within)).toList();
            if (!below.isEmpty()) {
                return below;
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
