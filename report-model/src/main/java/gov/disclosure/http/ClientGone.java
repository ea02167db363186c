package gov.disclosure.http;

import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.StreamResetException;

import java.nio.channels.ClosedChannelException;

/**
 * Tells a client that went away while its body was being read (the connection closed, or an HTTP/2 stream reset)
 * from a failure of the service: nobody waits for the answer, and it is not the service's fault.
 */
public final class ClientGone {

    private ClientGone() {
    }

    public static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpClosedException || cause instanceof StreamResetException
                    || cause instanceof ClosedChannelException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
