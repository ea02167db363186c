package gov.disclosure.roster;

/** What an agency on the roster is; its deadline depends on it (条例 Art. 49). */
public enum AgencyKind {
    /** A people's government (人民政府): publishes the government-wide report of its level, by 31 March. */
    GOVERNMENT,
    /** A department of a government at county level or above: by 31 January. */
    DEPARTMENT,
    /** A township or sub-district (乡镇/街道). */
    TOWNSHIP,
    /** Any other agency that must report. */
    OTHER
}
