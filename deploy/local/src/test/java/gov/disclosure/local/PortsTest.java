package gov.disclosure.local;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PortsTest {

    @Test
    void aPortSomethingListensOnIsInUse() throws Exception {
        // Kafka listens on localhost only: that must count too
        try (ServerSocket listening = new ServerSocket()) {
            listening.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = listening.getLocalPort();
            assertFalse(Ports.isFree(port));
            listening.close();
            assertTrue(Ports.isFree(port));
        }
    }

    @Test
    void freePortsDiffer() {
        int[] ports = Ports.free(4);
        assertEquals(4, Arrays.stream(ports).distinct().count());
        Arrays.stream(ports).forEach(port -> assertTrue(Ports.isFree(port)));
    }

    @Test
    void theFirstTakenPortIsNamedWithTheVariableThatMovesIt() throws Exception {
        try (ServerSocket listening = new ServerSocket(0)) {
            int taken = listening.getLocalPort();
            Map<String, Integer> ports = LocalSystem.ports(Map.of("REPORT_PORT", String.valueOf(taken),
                    "KAFKA_PORT", String.valueOf(Ports.free(1)[0]), "KAFKA_CONTROLLER_PORT", String.valueOf(Ports.free(1)[0]),
                    "AGGREGATION_PORT", String.valueOf(Ports.free(1)[0])));
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
}
