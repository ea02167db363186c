package gov.disclosure.admission;

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

    /** What a refused request is told to wait before it is sent again. */
    @WithDefault("1s")
    Duration retryAfter();
}
