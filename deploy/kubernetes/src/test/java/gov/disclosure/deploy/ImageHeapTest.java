package gov.disclosure.deploy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The image's run script adds {@code -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=20} unless told otherwise
 * ({@code GC_MIN_HEAP_FREE_RATIO}, {@code GC_MAX_HEAP_FREE_RATIO}): even 10 and 30 multiplied the services'
 * collections under the benchmark (deploy/local/MEASUREMENTS.md). The services are measured with the JVM's own
 * ratios, so their images say so, after the script's options, where the last of an option wins.
 */
class ImageHeapTest {

    @ParameterizedTest
    @MethodSource("gov.disclosure.deploy.ClassDataSharingTest#services")
    void theImageKeepsTheHeapFreeRatiosTheServiceWasMeasuredWith(String service) {
        String appended = Dockerfile.of(service).environment().get("JAVA_OPTS_APPEND");
        List<String> options = Arrays.asList(appended.split("\\s+"));

        assertEquals(List.of("-XX:MinHeapFreeRatio=40"), last(options, "-XX:MinHeapFreeRatio="));
        assertEquals(List.of("-XX:MaxHeapFreeRatio=70"), last(options, "-XX:MaxHeapFreeRatio="));
    }

    private static List<String> last(List<String> options, String prefix) {
        List<String> matching = options.stream().filter(option -> option.startsWith(prefix)).toList();
        return matching.isEmpty() ? List.of() : List.of(matching.get(matching.size() - 1));
    }
}
