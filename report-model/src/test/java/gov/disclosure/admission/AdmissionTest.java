package gov.disclosure.admission;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AdmissionTest {

    @Test
    void admitsUpToTheLimitAndAgainOnceARequestIsAnswered() {
        Admission admission = new Admission(2);

        assertTrue(admission.tryEnter());
        assertTrue(admission.tryEnter());
        assertFalse(admission.tryEnter());
        assertEquals(2, admission.inFlight());

        admission.leave();
        assertTrue(admission.tryEnter());
        assertFalse(admission.tryEnter());
    }

    @Test
    void aLimitOfZeroAdmitsNothing() {
        Admission admission = new Admission(0);

        assertFalse(admission.tryEnter());
        assertEquals(0, admission.inFlight());
    }

    @Test
    void aNegativeLimitIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Admission(-1));
    }

    @Test
    void aBodyIsAdmittedWhileItFitsBesideTheBodiesInFlight() {
        Admission admission = new Admission(10, 100);

        assertTrue(admission.tryEnter(60));
        assertFalse(admission.tryEnter(60), "60 + 60 bytes are over the budget of 100");
        assertTrue(admission.tryEnter(40));
        assertTrue(admission.tryEnter(), "a request without a body needs no room");
        assertEquals(100, admission.bodyBytesInFlight());

        admission.leave(60);
        assertTrue(admission.tryEnter(60));
    }

    @Test
    void aBodyLargerThanTheBudgetIsAdmittedAlone() {
        Admission admission = new Admission(10, 100);

        assertTrue(admission.tryEnter(500), "no other body is in flight");
        assertFalse(admission.tryEnter(1));
        admission.leave(500);

        assertTrue(admission.tryEnter(1));
        assertFalse(admission.tryEnter(500), "another body is in flight");
    }

    @Test
    void aRequestRefusedTakesNothing() {
        Admission admission = new Admission(1, 100);
        assertTrue(admission.tryEnter(10));

        assertFalse(admission.tryEnter(10), "over the count");
        admission.leave(10);

        assertEquals(0, admission.inFlight());
        assertEquals(0, admission.bodyBytesInFlight());
    }

    @Test
    void aNegativeBudgetIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Admission(1, -1));
    }
}
