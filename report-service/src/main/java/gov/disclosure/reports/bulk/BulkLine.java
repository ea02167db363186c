package gov.disclosure.reports.bulk;

import gov.disclosure.report.AnnualReport;
import gov.disclosure.reports.submission.IfMatch;

/**
 * One line of a bulk submission as read: a report with what a single submission sends besides it (If-Match,
 * Idempotency-Key, X-Change-Reason), or the reason it cannot be read ({@code unreadable}: the refusal a single
 * submission of that body gets).
 *
 * @param number the line's number in the body, from 1
 */
public record BulkLine(int number, AnnualReport report, IfMatch ifMatch, String idempotencyKey, String changeReason,
                       RuntimeException unreadable) {

    public static BulkLine unreadable(int number, RuntimeException why) {
        return new BulkLine(number, null, IfMatch.ABSENT, null, null, why);
    }

    boolean readable() {
        return unreadable == null;
    }

    /** The (agency, year) this line writes to, when its report names both; else null. */
    String reportKey() {
        return report != null && report.agency() != null && report.agency().id() != null && report.year() != null
                ? reportKey(report.agency().id(), report.year()) : null;
    }

    static String reportKey(String agencyId, int year) {
        return agencyId + "\u001e" + year;
    }
}
