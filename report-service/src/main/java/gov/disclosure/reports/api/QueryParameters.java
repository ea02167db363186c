package gov.disclosure.reports.api;

import gov.disclosure.json.JsonBounds;
import gov.disclosure.reports.problem.InvalidParametersException;
import gov.disclosure.reports.problem.ParameterError;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Reads query parameters strictly and collects every error, so that a bad parameter is a 400 that names it
 * (JAX-RS would answer a 404 for {@code ?year=abc}).
 */
final class QueryParameters {

    private final List<ParameterError> errors = new ArrayList<>();

    Integer integer(String name, String value, int min, int max, Integer fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new ParameterError(name, "must be a whole number from %d to %d".formatted(min, max)));
        return fallback;
    }

    Boolean bool(String name, String value, Boolean fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                errors.add(new ParameterError(name, "must be true or false"));
                yield fallback;
            }
        };
    }

    <E extends Enum<E>> E enumeration(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new ParameterError(name, "must be one of " + List.of(type.getEnumConstants())));
            return null;
        }
    }

    /** A free text as given, blank being none; refused where PostgreSQL could not take it (a NUL). */
    String text(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        JsonBounds.textProblem(value).ifPresent(problem -> errors.add(new ParameterError(name, problem)));
        return value;
    }

    <T> T checked(String name, String value, Function<String, T> reader, String expectation) {
        if (value == null || value.isBlank()) {
            return null;
        }
        T read = reader.apply(value.trim());
        if (read == null) {
            errors.add(new ParameterError(name, expectation));
        }
        return read;
    }

    /** Throws every error collected so far, if any. */
    void complete() {
        if (!errors.isEmpty()) {
            throw new InvalidParametersException(errors);
        }
    }
}
