package gov.disclosure.admission;

import java.util.concurrent.atomic.AtomicInteger;

/** Counts the requests in flight against a limit: a request is admitted while fewer than the limit are. */
public final class Admission {

    private final int limit;
    private final AtomicInteger inFlight = new AtomicInteger();

    public Admission(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("the limit of requests in flight must not be negative: " + limit);
        }
        this.limit = limit;
    }

    /** Whether a request may go on; if it may, {@link #leave()} must follow once it is answered. */
    public boolean tryEnter() {
        if (inFlight.incrementAndGet() > limit) {
            inFlight.decrementAndGet();
            return false;
        }
        return true;
    }

    public void leave() {
        inFlight.decrementAndGet();
    }

    public int inFlight() {
        return inFlight.get();
    }
}
