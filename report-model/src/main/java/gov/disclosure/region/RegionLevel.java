package gov.disclosure.region;

/** The levels of the administrative division hierarchy, from the root down. */
public enum RegionLevel {
    COUNTRY, PROVINCE, CITY, COUNTY
}
