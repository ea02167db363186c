package gov.disclosure.reports.texts;

import gov.disclosure.reports.storage.ReportDocuments;

/**
 * The agency id of a report read from text when the caller names none: its region and a digest of its name, so
 * that the same agency's reports of other years get the same id (汝州市人民政府办公室 → 410482-3f5c0b9e21).
 */
final class AgencyIds {

    private static final int DIGEST_LENGTH = 10;

    private AgencyIds() {
    }

    static String derive(String regionCode, String agencyName) {
        return regionCode + "-" + ReportDocuments.contentHash(agencyName).substring(0, DIGEST_LENGTH);
    }
}
