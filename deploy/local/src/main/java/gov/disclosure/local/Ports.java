package gov.disclosure.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** TCP ports on this machine. */
public final class Ports {

    private Ports() {
    }

    /**
     * Whether a server could listen on {@code port}: binding the wildcard address fails if anything listens on the
     * port on any address (127.0.0.1 only, as Kafka does, included).
     */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** A port that is free now, for tests; another process could take it before it is used, rarely. */
    public static int free() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }
}
