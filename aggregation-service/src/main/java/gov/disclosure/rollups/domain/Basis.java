package gov.disclosure.rollups.domain;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Locale;
import java.util.Optional;

/** Which reports a rollup sums: every report received, or only those a reviewer accepted (as their latest revision). */
public enum Basis {
    @JsonProperty("received") RECEIVED,
    @JsonProperty("accepted") ACCEPTED;

    /** Reads the {@code basis} query parameter ({@code received} when absent). */
    public static Optional<Basis> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(RECEIVED);
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "received" -> Optional.of(RECEIVED);
            case "accepted" -> Optional.of(ACCEPTED);
            default -> Optional.empty();
        };
    }
}
