package gov.disclosure.access;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How many verified bearer tokens a service remembers, and for how long at most ({@link VerifiedTokens}). */
@ConfigMapping(prefix = "access.verified-tokens")
public interface VerifiedTokensConfig {

    /**
     * Tokens remembered at once (the least used go first); 0 verifies every request's token afresh. Each takes about
     * 3 KB of heap with its identity (a token of 700 characters, measured 2026-12-06), more for a longer token: at
     * 10,000 that would be a quarter of the aggregation service's heap.
     */
    @WithDefault("1000")
    int capacity();

    /**
     * The longest a token is remembered, however late it expires: how long a token signed with a key that the provider
     * has since withdrawn may still be taken, if it was seen before.
     */
    @WithDefault("5m")
    Duration maxAge();
}
