package gov.disclosure.local;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reports and rollups as JSON trees: their numbers, and changed copies of a report. Works on the JSON as sent and
 * received, not on the services' classes, so that the tests check the services rather than share their code.
 */
final class ReportJson {

    /** The sections that a rollup sums, in the shape of a report. */
    static final List<String> SECTIONS = List.of("proactiveDisclosure", "applications", "reviewAndLitigation");

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private ReportJson() {
    }

    static JsonNode parse(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + json, e);
        }
    }

    static String write(JsonNode json) {
        try {
            return MAPPER.writeValueAsString(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every number of the three sections, by its path joined with dots ("applications.outcomes.granted.total"). */
    static Map<String, BigDecimal> numbers(JsonNode reportOrRollup) {
        Map<String, BigDecimal> numbers = new TreeMap<>();
        for (String section : SECTIONS) {
            JsonNode node = reportOrRollup.get(section);
            if (node != null) {
                collect(section, node, numbers);
            }
        }
        return numbers;
    }

    /** A copy of {@code report} as another agency's. */
    static ObjectNode asAgency(JsonNode report, String agencyId, String agencyName) {
        ObjectNode copy = report.deepCopy();
        ObjectNode agency = (ObjectNode) copy.get("agency");
        agency.put("id", agencyId);
        agency.put("name", agencyName);
        return copy;
    }

    /** A copy with every number of the three sections times {@code factor}: every sum rule still holds. */
    static ObjectNode scaled(JsonNode report, int factor) {
        ObjectNode copy = report.deepCopy();
        for (String section : SECTIONS) {
            scale(copy.get(section), factor);
        }
        return copy;
    }

    /**
     * A copy where {@code count} applications of one applicant column are moved from one outcome row to another
     * ({@code "outcomes.unableToProvide.notHeld"} to {@code "outcomes.granted"}), row totals adjusted: the outcome
     * total and the balance stay as they were.
     */
    static ObjectNode movedApplications(JsonNode report, String fromRow, String toRow, String column, int count) {
        ObjectNode copy = report.deepCopy();
        ObjectNode from = row(copy, fromRow);
        ObjectNode to = row(copy, toRow);
        if (from.get(column).asLong() < count) {
            throw new IllegalArgumentException(fromRow + "." + column + " has fewer than " + count + " applications");
        }
        for (String cell : List.of(column, "total")) {
            from.put(cell, from.get(cell).asLong() - count);
            to.put(cell, to.get(cell).asLong() + count);
        }
        return copy;
    }

    private static ObjectNode row(ObjectNode report, String path) {
        JsonNode node = report.get("applications");
        for (String name : path.split("\\.")) {
            node = node.get(name);
        }
        if (!(node instanceof ObjectNode row)) {
            throw new IllegalArgumentException("no row applications." + path);
        }
        return row;
    }

    private static void collect(String path, JsonNode node, Map<String, BigDecimal> into) {
        if (node.isNumber()) {
            into.put(path, node.decimalValue());
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                collect(path + "." + field.getKey(), field.getValue(), into);
            }
        }
    }

    private static void scale(JsonNode node, int factor) {
        if (!(node instanceof ObjectNode object)) {
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (value.isIntegralNumber()) {
                object.put(field.getKey(), value.asLong() * factor);
            } else if (value.isNumber()) {
                object.put(field.getKey(), value.decimalValue().multiply(BigDecimal.valueOf(factor)));
            } else {
                scale(value, factor);
            }
        }
    }
}
