package gov.disclosure.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * Prints a bearer token of the local system, for {@code deploy/local/token}:
 * <pre>
 *   deploy/local/token admin
 *   deploy/local/token viewer
 *   deploy/local/token reviewer 410000
 *   deploy/local/token submitter 410482 410482-szfb [more agency ids]
 * </pre>
 */
public final class LocalTokens {

    private static final Duration VALIDITY = Duration.ofHours(12);
    private static final String REGIONS = "report-model/src/main/resources/regions.csv";
    private static final String USAGE = "usage: deploy/local/token admin | viewer | reviewer REGION "
            + "| submitter REGION AGENCY_ID...";

    private LocalTokens() {
    }

    public static void main(String[] args) {
        var folder = ProjectLayout.find().runDirectory().resolve("keys");
        if (!Files.isDirectory(folder)) {
            System.err.println("no local keys yet: start the system once with deploy/local/run");
            System.exit(1);
        }
        try {
            System.out.println(token(LocalKeys.in(folder), args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }

    static String token(LocalKeys keys, String... args) {
        if (args.length == 0) {
            throw new IllegalArgumentException(USAGE);
        }
        String role = args[0];
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        return switch (role) {
            case "admin", "viewer" -> {
                require(rest.isEmpty());
                yield keys.token("local-" + role, List.of(role), null, List.of(), VALIDITY);
            }
            case "reviewer" -> {
                require(rest.size() == 1);
                requireRegion(rest.get(0));
                yield keys.token("local-reviewer-" + rest.get(0), List.of(role), rest.get(0), List.of(), VALIDITY);
            }
            case "submitter" -> {
                require(rest.size() >= 2);
                requireRegion(rest.get(0));
                List<String> agencies = rest.subList(1, rest.size());
                yield keys.token("local-system-" + String.join("+", agencies), List.of(role), rest.get(0), agencies,
                        VALIDITY);
            }
            default -> throw new IllegalArgumentException(USAGE);
        };
    }

    /** The region table's codes, read from the checkout (this tool runs in one). */
    private static void requireRegion(String region) {
        boolean known;
        try (var lines = Files.lines(ProjectLayout.find().root().resolve(REGIONS))) {
            known = region.equals("000000") || region.matches("\\d{6}") && lines.anyMatch(line -> line.startsWith(region + ","));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + REGIONS, e);
        }
        if (!known) {
            throw new IllegalArgumentException(region + " is not a region of the region table (GB/T 2260 code), nor 000000");
        }
    }

    private static void require(boolean arguments) {
        if (!arguments) {
            throw new IllegalArgumentException(USAGE);
        }
    }
}
