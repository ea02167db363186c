package gov.disclosure.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A service's {@code src/main/docker/Dockerfile.jvm}, read as far as the checks need: its instructions in order, one
 * line each (as ours are written), and what their {@code ENV NAME=value} instructions set. Any other form of
 * {@code ENV} is refused rather than misread.
 */
record Dockerfile(Path context, List<Instruction> instructions) {

    record Instruction(String keyword, String arguments) {
    }

    private static final Pattern ENV = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(?:\"([^\"]*)\"|(\\S*))");
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");

    /** The service's Dockerfile; its build context is the service's directory. */
    static Dockerfile of(String service) {
        Path context = ServiceConfig.ROOT.resolve(service);
        try {
            return parse(context, Files.readString(context.resolve("src/main/docker/Dockerfile.jvm")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Dockerfile parse(Path context, String text) {
        List<Instruction> instructions = text.lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> {
                    String[] parts = line.split("\\s+", 2);
                    return new Instruction(parts[0], parts.length > 1 ? parts[1] : "");
                })
                .toList();
        return new Dockerfile(context, instructions);
    }

    List<Integer> indexesOf(String keyword) {
        return IntStream.range(0, instructions.size()).filter(i -> instructions.get(i).keyword().equals(keyword))
                .boxed().toList();
    }

    /** What the {@code ENV} instructions before {@code index} set, each value with the earlier ones substituted. */
    Map<String, String> environmentBefore(int index) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (Instruction instruction : instructions.subList(0, index)) {
            if (instruction.keyword().equals("ENV")) {
                Matcher m = ENV.matcher(instruction.arguments());
                if (!m.matches()) {
                    throw new IllegalArgumentException("ENV " + instruction.arguments() + ": not NAME=value");
                }
                environment.put(m.group(1), substitute(m.group(2) != null ? m.group(2) : m.group(3), environment));
            }
        }
        return environment;
    }

    /** The whole image's environment. */
    Map<String, String> environment() {
        return environmentBefore(instructions.size());
    }

    /** {@code ${NAME}} replaced by its value in {@code environment} (empty when unset, as Docker and the shell do). */
    static String substitute(String value, Map<String, String> environment) {
        return REFERENCE.matcher(value)
                .replaceAll(m -> Matcher.quoteReplacement(environment.getOrDefault(m.group(1), "")));
    }

    /** The script of {@code ENTRYPOINT [ "script" ]}. */
    String entrypoint() {
        List<Integer> entrypoints = indexesOf("ENTRYPOINT");
        if (entrypoints.size() != 1) {
            throw new IllegalStateException("expected one ENTRYPOINT, found " + entrypoints.size());
        }
        return instructions.get(entrypoints.get(0)).arguments().replaceAll("[\\[\\]\"]", "").strip();
    }

    /**
     * Does what the {@code COPY} instructions do, into {@code root} instead of the image's root: {@code COPY
     * [--chown=...] source destination}, the source a directory or a glob of files in a directory.
     */
    void copyInto(Path root) throws IOException {
        for (int i : indexesOf("COPY")) {
            List<String> words = new ArrayList<>(List.of(instructions.get(i).arguments().split("\\s+")));
            words.removeIf(word -> word.startsWith("--"));
            Path source = context.resolve(words.get(0));
            Path destination = root.resolve(words.get(1).replaceFirst("^/", ""));
            Files.createDirectories(destination);
            if (Files.isDirectory(source)) {
                copyTree(source, destination);
            } else {
                try (var matches = Files.newDirectoryStream(source.getParent(), source.getFileName().toString())) {
                    for (Path match : matches) {
                        Files.copy(match, destination.resolve(match.getFileName()));
                    }
                }
            }
        }
    }

    private static void copyTree(Path source, Path destination) throws IOException {
        try (var paths = Files.walk(source)) {
            for (Path path : paths.toList()) {
                Path target = destination.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
    }
}
