package gov.disclosure.rollups.storage;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What a dead letter keeps of the text it was sent: as much as PostgreSQL's text can hold. */
class DeadLetterTextTest {

    @Test
    void aShortTextIsKeptAsItIs() {
        assertEquals("{not json", DeadLetter.kept("{not json", 10));
        assertNull(DeadLetter.kept(null, 10));
    }

    @Test
    void aLongTextIsCutAtTheLimit() {
        assertEquals("abc", DeadLetter.kept("abcdef", 3));
    }

    @Test
    void aCutNeverLeavesHalfACharacterBeyondTheBasicPlane() {
        assertEquals("ab", DeadLetter.kept("ab\uD840\uDC00", 3));
        assertEquals("ab\uD840\uDC00", DeadLetter.kept("ab\uD840\uDC00", 4));
    }

    @Test
    void aNulWhichTextRefusesBecomesTheReplacementCharacter() {
        assertEquals("a\uFFFDb", DeadLetter.kept("a\u0000b", 10));
    }
}
