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
}
