package gov.disclosure.local;

import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LocalSystemTest {

    @Test
    void theFirstTakenPortIsNamedWithTheVariableThatMovesIt() throws Exception {
        int[] free = Ports.free(3);
        try (ServerSocket listening = new ServerSocket(0)) {
            int taken = listening.getLocalPort();
            Map<String, Integer> ports = LocalSystem.ports(Map.of("REPORT_PORT", String.valueOf(taken),
                    "KAFKA_PORT", String.valueOf(free[0]), "KAFKA_CONTROLLER_PORT", String.valueOf(free[1]),
                    "AGGREGATION_PORT", String.valueOf(free[2])));
            assertEquals("port " + taken + " is in use by another process: stop it, or choose another port with REPORT_PORT=<port>",
                    LocalSystem.portProblem(ports));
            listening.close();
            assertNull(LocalSystem.portProblem(ports));
        }
    }

    @Test
    void portsDefaultToTheDocumentedOnes() {
        assertEquals(Map.of("KAFKA_PORT", 9092, "KAFKA_CONTROLLER_PORT", 9093, "REPORT_PORT", 8081, "AGGREGATION_PORT", 8082),
                LocalSystem.ports(Map.of()));
        assertThrows(IllegalArgumentException.class, () -> LocalSystem.ports(Map.of("KAFKA_PORT", "ninety")));
    }

    @Test
    void freshOnlyWhenAsked() {
        assertFalse(LocalSystem.fresh(new String[0]));
        assertTrue(LocalSystem.fresh(new String[]{"--fresh"}));
        assertThrows(IllegalArgumentException.class, () -> LocalSystem.fresh(new String[]{"--clean"}));
    }
}
