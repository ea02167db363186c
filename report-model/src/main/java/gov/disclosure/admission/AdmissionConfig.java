package gov.disclosure.admission;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/**
 * How much this service takes on at once: past it, a request is refused at once (503 with Retry-After) instead of
 * queueing without bound until the service runs out of memory.
 */
@ConfigMapping(prefix = "admission")
public interface AdmissionConfig {

    /**
     * Requests of the API and the pages being served or waiting for a thread or a database connection at once; the
     * operations endpoints (/q/: health, metrics) are not counted. 0 refuses every request.
     */
    @WithDefault("64")
    int maxInFlight();

    /**
     * The bytes of request bodies in flight at once, as their Content-Length says (a body sent in chunks counts as
     * the largest body the HTTP server takes). A service holds a body in memory while it serves it, so a few large
     * bodies at once (bulk submissions, batches, imports) would otherwise fill its heap. A body larger than this
     * is taken when no other body is in flight.
     */
    @WithDefault("64M")
    MemorySize maxBodyBytesInFlight();

    /** What a refused request is told to wait before it is sent again. */
    @WithDefault("1s")
    Duration retryAfter();
}
