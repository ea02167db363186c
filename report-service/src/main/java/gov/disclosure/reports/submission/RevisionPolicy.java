package gov.disclosure.reports.submission;

import gov.disclosure.reports.storage.ReportNotFoundException;
import gov.disclosure.report.ReportStatus;

/**
 * Decides what a write does to a report, given its current state. Pure: the caller holds the report's lock.
 * A write that changes an existing report must name the revision it changes ({@code If-Match}), so that two writers
 * cannot both win; a write that would change nothing succeeds without it (RFC 9110 13.1.1: already applied).
 */
public final class RevisionPolicy {

    public enum Decision {
        /** Store revision 1 of a new report. */
        CREATE,
        /** Store the next revision. */
        REVISE,
        /** The report already says this: store nothing. */
        UNCHANGED
    }

    /** The latest revision of an existing report. */
    public record Current(int revision, ReportStatus status, String contentHash) {
    }

    private RevisionPolicy() {
    }

    /** A submission of content with {@code contentHash}; {@code current} is null when the report does not exist. */
    public static Decision submission(Current current, String contentHash, IfMatch ifMatch) {
        if (current == null) {
            if (ifMatch.present()) {
                throw new PreconditionFailedException(0);
            }
            return Decision.CREATE;
        }
        if (current.status() == ReportStatus.PUBLISHED && current.contentHash().equals(contentHash)) {
            return Decision.UNCHANGED;
        }
        requireMatch(current, ifMatch);
        return Decision.REVISE;
    }

    /** A withdrawal; {@code current} is null when the report does not exist. */
    public static Decision withdrawal(Current current, IfMatch ifMatch) {
        if (current == null) {
            throw new ReportNotFoundException("no report to withdraw");
        }
        if (current.status() == ReportStatus.WITHDRAWN) {
            return Decision.UNCHANGED;
        }
        requireMatch(current, ifMatch);
        return Decision.REVISE;
    }

    private static void requireMatch(Current current, IfMatch ifMatch) {
        if (!ifMatch.present()) {
            throw new PreconditionRequiredException(current.revision());
        }
        if (!ifMatch.matches(current.revision())) {
            throw new PreconditionFailedException(current.revision());
        }
    }
}
