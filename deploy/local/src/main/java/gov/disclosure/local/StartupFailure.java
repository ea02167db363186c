package gov.disclosure.local;

/** Something the system needs is not there or did not start; the message is one line a person can act on. */
public class StartupFailure extends RuntimeException {

    public StartupFailure(String message) {
        super(message);
    }

    public StartupFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
