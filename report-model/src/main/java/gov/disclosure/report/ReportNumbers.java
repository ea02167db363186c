package gov.disclosure.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every number of a report keyed by its flat name (the JSON path joined with dots), in print order:
 * the form events and rollups use.
 */
public final class ReportNumbers {

    /** The flat names of all numbers of a report, in print order. */
    public static final List<String> NAMES = names();

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private ReportNumbers() {
    }

    public static Map<String, BigDecimal> flatten(AnnualReport report) {
        Map<String, BigDecimal> numbers = new LinkedHashMap<>();
        for (ProactiveItem item : ProactiveItem.values()) {
            numbers.put(item.flatName(), item.of(report.proactiveDisclosure()));
        }
        for (ApplicationRow row : ApplicationRow.values()) {
            ApplicantCounts counts = row.of(report.applications());
            for (ApplicantColumn column : ApplicantColumn.values()) {
                numbers.put(row.flatName(column), BigDecimal.valueOf(counts.get(column)));
            }
        }
        for (ReviewGroup group : ReviewGroup.values()) {
            ReviewCounts counts = group.of(report.reviewAndLitigation());
            for (ReviewColumn column : ReviewColumn.values()) {
                numbers.put(group.flatName(column), BigDecimal.valueOf(counts.get(column)));
            }
        }
        return Collections.unmodifiableMap(numbers);
    }

    /**
     * Puts flat numbers back into the nested shape of a report, read as {@code type}: any class with
     * {@code proactiveDisclosure}, {@code applications} and {@code reviewAndLitigation} properties.
     * Names missing from {@code numbers} count as zero; names not of the template are ignored.
     */
    public static <T> T unflatten(Map<String, BigDecimal> numbers, Class<T> type) {
        ObjectNode root = MAPPER.createObjectNode();
        for (String name : NAMES) {
            String[] path = name.split("\\.");
            ObjectNode parent = root;
            for (int i = 0; i < path.length - 1; i++) {
                parent = parent.has(path[i]) ? (ObjectNode) parent.get(path[i]) : parent.putObject(path[i]);
            }
            parent.put(path[path.length - 1], numbers.getOrDefault(name, BigDecimal.ZERO));
        }
        return MAPPER.convertValue(root, type);
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>();
        for (ProactiveItem item : ProactiveItem.values()) {
            names.add(item.flatName());
        }
        for (ApplicationRow row : ApplicationRow.values()) {
            for (ApplicantColumn column : ApplicantColumn.values()) {
                names.add(row.flatName(column));
            }
        }
        for (ReviewGroup group : ReviewGroup.values()) {
            for (ReviewColumn column : ReviewColumn.values()) {
                names.add(group.flatName(column));
            }
        }
        return List.copyOf(names);
    }
}
