package gov.disclosure.admission;

/**
 * Counts the requests in flight, and the bytes of their bodies, against two limits: a request is admitted while
 * fewer than {@code limit} requests are in flight and its body fits beside the bodies in flight. A body larger than
 * the whole budget is admitted alone, so that the largest body a route accepts can always be sent.
 */
public final class Admission {

    private final int limit;
    private final long bodyBudget;
    private int inFlight;
    private long bodyBytesInFlight;

    /** No budget for bodies: only the count of requests is limited. */
    public Admission(int limit) {
        this(limit, Long.MAX_VALUE);
    }

    public Admission(int limit, long bodyBudget) {
        if (limit < 0) {
            throw new IllegalArgumentException("the limit of requests in flight must not be negative: " + limit);
        }
        if (bodyBudget < 0) {
            throw new IllegalArgumentException("the budget of body bytes in flight must not be negative: " + bodyBudget);
        }
        this.limit = limit;
        this.bodyBudget = bodyBudget;
    }

    /** Whether a request may go on; if it may, {@link #leave(long)} with the same size must follow once it is answered. */
    public synchronized boolean tryEnter(long bodyBytes) {
        boolean bodyFits = bodyBytesInFlight == 0 || bodyBytesInFlight + bodyBytes <= bodyBudget;
        if (inFlight >= limit || !bodyFits) {
            return false;
        }
        inFlight++;
        bodyBytesInFlight += bodyBytes;
        return true;
    }

    /** A request without a body. */
    public boolean tryEnter() {
        return tryEnter(0);
    }

    public synchronized void leave(long bodyBytes) {
        inFlight--;
        bodyBytesInFlight -= bodyBytes;
    }

    public void leave() {
        leave(0);
    }

    public synchronized int inFlight() {
        return inFlight;
    }

    public synchronized long bodyBytesInFlight() {
        return bodyBytesInFlight;
    }
}
