package gov.disclosure.reports.submission;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code If-Match} precondition of a write. A report's entity tag is its revision number ({@code "3"}).
 * Weak tags ({@code W/"3"}) never match (RFC 9110 strong comparison); {@code *} matches any existing report; a bare
 * number is taken as the tag a careless client meant.
 */
public record IfMatch(boolean present, boolean any, List<Integer> revisions) {

    public static final IfMatch ABSENT = new IfMatch(false, false, List.of());

    public static IfMatch parse(String header) {
        if (header == null || header.isBlank()) {
            return ABSENT;
        }
        if (header.trim().equals("*")) {
            return new IfMatch(true, true, List.of());
        }
        List<Integer> revisions = new ArrayList<>();
        for (String tag : header.split(",")) {
            revision(tag.trim()).ifPresent(revisions::add);
        }
        return new IfMatch(true, false, List.copyOf(revisions));
    }

    public static String etag(int revision) {
        return "\"" + revision + "\"";
    }

    public boolean matches(int currentRevision) {
        return any || revisions.contains(currentRevision);
    }

    private static Optional<Integer> revision(String tag) {
        String opaque = tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")
                ? tag.substring(1, tag.length() - 1)
                : tag;
        try {
            return Optional.of(Integer.parseInt(opaque));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
