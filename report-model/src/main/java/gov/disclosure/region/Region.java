package gov.disclosure.region;

/** A province, city or county of the region table, or the country as a whole. */
public record Region(String code, String name, RegionLevel level, String parentCode) {

    public boolean isCountry() {
        return level == RegionLevel.COUNTRY;
    }
}
