package gov.disclosure.http;

import io.quarkiverse.resteasy.problem.HttpProblem;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Chooses a representation by a {@code format} query parameter or else by the Accept header, the same for every
 * endpoint that answers in more than one format: an unknown format is a 400 naming the parameter, an Accept
 * header none of whose media types is offered a 406.
 *
 * @param byName      the formats by the names {@code format} takes
 * @param byMediaType the formats by media type (without parameters), most preferred first
 * @param fallback    what a wildcard (or no Accept header) gets
 */
public record Negotiation<T>(Map<String, T> byName, Map<String, T> byMediaType, T fallback) {

    private static final int MAX_RANGES = 64;

    public T choose(String format, String accept) {
        if (format != null && !format.isBlank()) {
            T named = byName.get(format.trim().toLowerCase(Locale.ROOT));
            if (named == null) {
                throw invalidFormat();
            }
            return named;
        }
        if (accept == null || accept.isBlank()) {
            return fallback;
        }
        return negotiate(accept).orElseThrow(() -> notAcceptable(accept));
    }

    private record Range(String type, double quality, int order) {
    }

    private Optional<T> negotiate(String accept) {
        List<Range> ranges = new ArrayList<>();
        String[] parts = accept.split(",", MAX_RANGES);
        for (int i = 0; i < parts.length; i++) {
            String[] pieces = parts[i].split(";");
            double quality = 1;
            for (int p = 1; p < pieces.length; p++) {
                String parameter = pieces[p].trim();
                if (parameter.startsWith("q=")) {
                    try {
                        quality = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        quality = 0;
                    }
                }
            }
            if (quality > 0) {
                ranges.add(new Range(pieces[0].trim().toLowerCase(Locale.ROOT), quality, i));
            }
        }
        ranges.sort(Comparator.comparingDouble(Range::quality).reversed().thenComparingInt(Range::order));
        for (Range range : ranges) {
            Optional<T> format = matching(range.type());
            if (format.isPresent()) {
                return format;
            }
        }
        return Optional.empty();
    }

    private Optional<T> matching(String range) {
        if (range.equals("*/*") || range.equals("*")) {
            return Optional.of(fallback);
        }
        if (range.endsWith("/*")) {
            String kind = range.substring(0, range.length() - 1);
            return byMediaType.entrySet().stream().filter(entry -> entry.getKey().startsWith(kind))
                    .map(Map.Entry::getValue).findFirst();
        }
        return Optional.ofNullable(byMediaType.get(range));
    }

    private HttpProblem invalidFormat() {
        String detail = "must be one of " + byName.keySet();
        return HttpProblem.builder()
                .withType(URI.create("/problems/invalid-parameter"))
                .withTitle("A request parameter is not acceptable")
                .withStatus(400)
                .withDetail("format " + detail)
                .with("errors", List.of(Map.of("parameter", "format", "detail", detail)))
                .build();
    }

    private HttpProblem notAcceptable(String accept) {
        return HttpProblem.builder()
                .withType(URI.create("/problems/not-acceptable"))
                .withTitle("None of the media types asked for is available")
                .withStatus(406)
                .withDetail("available as " + String.join(", ", byMediaType.keySet()) + " (or ?format="
                        + String.join("|", byName.keySet()) + "); Accept asked for "
                        + (accept.length() > 200 ? accept.substring(0, 200) + "…" : accept))
                .build();
    }
}
