package gov.disclosure.architecture;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dependencies point one way: no package of a module reaches, through its imports, back to itself (the API layer
 * above services, services above storage and the domain). Read from the sources of every module of this checkout.
 */
class PackageCyclesTest {

    private static final Pattern IMPORT = Pattern.compile("^import (gov\\.disclosure\\.[a-z.]+)\\.[A-Z]", Pattern.MULTILINE);
    private static final Pattern PACKAGE = Pattern.compile("^package (gov\\.disclosure\\.[a-z.]+);", Pattern.MULTILINE);

    @ParameterizedTest
    @ValueSource(strings = {"report-model", "report-service", "aggregation-service"})
    void noPackageDependsOnItselfThroughOthers(String module) {
        Path sources = Path.of("..", module, "src/main/java");
        assertTrue(Files.isDirectory(sources), sources + " is part of this checkout");
        Map<String, Set<String>> imports = importsByPackage(sources);

        List<String> cycles = new ArrayList<>();
        for (String from : imports.keySet()) {
            for (String to : imports.get(from)) {
                List<String> back = path(imports, to, from);
                if (back != null) {
                    cycles.add(from + " -> " + String.join(" -> ", back));
                }
            }
        }
        assertEquals(List.of(), cycles);
    }

    private static Map<String, Set<String>> importsByPackage(Path sources) {
        Map<String, Set<String>> imports = new TreeMap<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher declared = PACKAGE.matcher(source);
                if (!declared.find()) {
                    continue;
                }
                Set<String> targets = imports.computeIfAbsent(declared.group(1), name -> new TreeSet<>());
                Matcher imported = IMPORT.matcher(source);
                while (imported.find()) {
                    if (!imported.group(1).equals(declared.group(1))) {
                        targets.add(imported.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return imports;
    }

    /** The packages from {@code start} to {@code goal} along imports, or null where there is no such path. */
    private static List<String> path(Map<String, Set<String>> imports, String start, String goal) {
        Map<String, String> cameFrom = new TreeMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        cameFrom.put(start, start);
        while (!queue.isEmpty()) {
            String at = queue.removeFirst();
            if (at.equals(goal)) {
                List<String> path = new ArrayList<>();
                for (String step = goal; !step.equals(start); step = cameFrom.get(step)) {
                    path.add(0, step);
                }
                path.add(0, start);
                return path;
            }
            for (String next : imports.getOrDefault(at, Set.of())) {
                if (cameFrom.putIfAbsent(next, at) == null) {
                    queue.addLast(next);
                }
            }
        }
        return null;
    }
}
