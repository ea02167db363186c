package gov.disclosure.reports.submission;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IfMatchTest {

    @Test
    void absentMatchesNothingAndIsNotPresent() {
        assertFalse(IfMatch.parse(null).present());
        assertFalse(IfMatch.parse(" ").present());
        assertFalse(IfMatch.ABSENT.matches(1));
    }

    @Test
    void aStrongTagMatchesItsRevision() {
        assertTrue(IfMatch.parse("\"3\"").matches(3));
        assertFalse(IfMatch.parse("\"3\"").matches(4));
    }

    @Test
    void anyOfAListMatches() {
        assertTrue(IfMatch.parse("\"1\", \"4\"").matches(4));
    }

    @Test
    void aWeakTagNeverMatches() {
        IfMatch weak = IfMatch.parse("W/\"3\"");
        assertTrue(weak.present());
        assertFalse(weak.matches(3));
    }

    @Test
    void aStarMatchesAnyRevision() {
        assertTrue(IfMatch.parse("*").matches(17));
    }

    @Test
    void aBareNumberIsTakenAsTheTagMeant() {
        assertTrue(IfMatch.parse("2").matches(2));
    }

    @Test
    void garbageIsPresentButMatchesNothing() {
        IfMatch garbage = IfMatch.parse("not-a-tag");
        assertTrue(garbage.present());
        assertFalse(garbage.matches(1));
    }

    @Test
    void theEtagOfARevisionIsItsQuotedNumber() {
        assertTrue(IfMatch.parse(IfMatch.etag(5)).matches(5));
    }
}
