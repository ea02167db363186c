package gov.disclosure.rollups.domain;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.Locale;
import java.util.Optional;

/** Which agencies a region's rollup sums; written as the query parameter is, {@code own} or {@code all}. */
public enum Scope {
    /** The region's own agencies (本级): what that government compiles into its own annual report. */
    @JsonProperty("own") OWN,
    /** Everything within its territory (全域): its own agencies and those of every region below it. */
    @JsonProperty("all") ALL;

    /** Reads the {@code scope} query parameter ({@code own} or {@code all}; {@code all} when absent). */
    public static Optional<Scope> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.of(ALL);
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "own" -> Optional.of(OWN);
            case "all" -> Optional.of(ALL);
            default -> Optional.empty();
        };
    }
}
