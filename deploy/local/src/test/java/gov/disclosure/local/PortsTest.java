package gov.disclosure.local;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
}
