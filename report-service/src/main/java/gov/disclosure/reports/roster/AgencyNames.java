package gov.disclosure.reports.roster;

import gov.disclosure.region.Region;
import gov.disclosure.region.Regions;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Agency names without their place, so that a search for 人民政府办公室 or 汝州市人民政府办公室 finds the agency
 * whichever way it was entered: 河南省汝州市人民政府办公室 → 人民政府办公室.
 */
public final class AgencyNames {

    private final List<String> placeNames;
    private final Regions regions;

    public AgencyNames(Regions regions) {
        this.regions = regions;
        List<String> names = new ArrayList<>();
        for (Region region : regions.all()) {
            if (!region.isCountry()) {
                names.add(region.name());
                String bare = bare(region.name());
                if (bare != null) {
                    names.add(bare);
                }
            }
        }
        names.sort(Comparator.comparingInt(String::length).reversed());
        this.placeNames = List.copyOf(names);
    }

    /** The name as compared and searched: NFKC (full-width forms as ASCII), spaces trimmed. */
    public static String clean(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).strip();
    }

    /** Whether two names name the same agency: equal, or equal without their place when in the same region. */
    public boolean same(String name, String regionCode, String otherName, String otherRegionCode) {
        return clean(name).equals(clean(otherName)) || regionCode.equals(otherRegionCode)
                && withoutPlace(name, regionCode).equals(withoutPlace(otherName, otherRegionCode));
    }

    /** The name without the places it starts with, among its region and the regions above it. */
    public String withoutPlace(String name, String regionCode) {
        List<String> own = new ArrayList<>();
        for (Region region : regions.selfAndAncestors(regionCode)) {
            if (!region.isCountry()) {
                own.add(region.name());
                String bare = bare(region.name());
                if (bare != null) {
                    own.add(bare);
                }
            }
        }
        own.sort(Comparator.comparingInt(String::length).reversed());
        return strip(clean(name), own);
    }

    /** A search text without any place it starts with. */
    public String withoutAnyPlace(String text) {
        return strip(clean(text), placeNames);
    }

    private static String strip(String name, List<String> places) {
        String rest = name;
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String place : places) {
                if (rest.length() > place.length() && rest.startsWith(place)) {
                    rest = rest.substring(place.length());
                    stripped = true;
                    break;
                }
            }
        }
        return rest;
    }

    /** 汝州市 → 汝州: the place as often written without its level, when that leaves two characters or more. */
    private static String bare(String name) {
        if (name.length() >= 3 && "省市县区旗盟州".indexOf(name.charAt(name.length() - 1)) >= 0) {
            return name.substring(0, name.length() - 1);
        }
        return null;
    }
}
