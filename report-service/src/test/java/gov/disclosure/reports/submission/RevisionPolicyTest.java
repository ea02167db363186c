package gov.disclosure.reports.submission;

import gov.disclosure.reports.storage.ReportNotFoundException;
import gov.disclosure.report.ReportStatus;
import gov.disclosure.reports.submission.RevisionPolicy.Current;
import gov.disclosure.reports.submission.RevisionPolicy.Decision;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RevisionPolicyTest {

    private static final Current PUBLISHED_2 = new Current(2, ReportStatus.PUBLISHED, "hash-a");
    private static final Current WITHDRAWN_3 = new Current(3, ReportStatus.WITHDRAWN, "hash-a");

    @Test
    void aNewReportIsCreatedWithoutPrecondition() {
        assertEquals(Decision.CREATE, RevisionPolicy.submission(null, "hash-a", IfMatch.ABSENT));
    }

    @Test
    void ifMatchOnAReportThatDoesNotExistFails() {
        assertThrows(PreconditionFailedException.class,
                () -> RevisionPolicy.submission(null, "hash-a", IfMatch.parse("\"1\"")));
        assertThrows(PreconditionFailedException.class,
                () -> RevisionPolicy.submission(null, "hash-a", IfMatch.parse("*")));
    }

    @Test
    void theSameContentChangesNothingWhateverTheIfMatch() {
        assertEquals(Decision.UNCHANGED, RevisionPolicy.submission(PUBLISHED_2, "hash-a", IfMatch.ABSENT));
        assertEquals(Decision.UNCHANGED, RevisionPolicy.submission(PUBLISHED_2, "hash-a", IfMatch.parse("\"1\"")));
    }

    @Test
    void differentContentNeedsTheCurrentRevision() {
        var required = assertThrows(PreconditionRequiredException.class,
                () -> RevisionPolicy.submission(PUBLISHED_2, "hash-b", IfMatch.ABSENT));
        assertEquals(2, required.currentRevision());

        var failed = assertThrows(PreconditionFailedException.class,
                () -> RevisionPolicy.submission(PUBLISHED_2, "hash-b", IfMatch.parse("\"1\"")));
        assertEquals(2, failed.currentRevision());

        assertEquals(Decision.REVISE, RevisionPolicy.submission(PUBLISHED_2, "hash-b", IfMatch.parse("\"2\"")));
        assertEquals(Decision.REVISE, RevisionPolicy.submission(PUBLISHED_2, "hash-b", IfMatch.parse("*")));
    }

    @Test
    void republishingTheWithdrawnContentIsAChange() {
        assertThrows(PreconditionRequiredException.class,
                () -> RevisionPolicy.submission(WITHDRAWN_3, "hash-a", IfMatch.ABSENT));
        assertEquals(Decision.REVISE, RevisionPolicy.submission(WITHDRAWN_3, "hash-a", IfMatch.parse("\"3\"")));
    }

    @Test
    void withdrawalNeedsTheCurrentRevisionUnlessAlreadyWithdrawn() {
        assertThrows(ReportNotFoundException.class, () -> RevisionPolicy.withdrawal(null, IfMatch.ABSENT));
        assertThrows(PreconditionRequiredException.class, () -> RevisionPolicy.withdrawal(PUBLISHED_2, IfMatch.ABSENT));
        assertThrows(PreconditionFailedException.class,
                () -> RevisionPolicy.withdrawal(PUBLISHED_2, IfMatch.parse("\"1\"")));
        assertEquals(Decision.REVISE, RevisionPolicy.withdrawal(PUBLISHED_2, IfMatch.parse("\"2\"")));
        assertEquals(Decision.UNCHANGED, RevisionPolicy.withdrawal(WITHDRAWN_3, IfMatch.ABSENT));
    }
}
