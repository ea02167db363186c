package gov.disclosure.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every number of a report keyed by its flat name (the JSON path joined with dots), in print order: the form events,
 * rollups and the arithmetic use. The names are the template's ({@link ReportTemplate#CELLS}).
 */
public final class ReportNumbers {

    /** The flat names of all numbers of a report, in print order. */
    public static final List<String> NAMES = ReportTemplate.CELLS.stream().map(ReportTemplate.Cell::flatName).toList();

    /**
     * The Chinese label of each number, in the order of {@link #NAMES}: its section, row and column as the template
     * prints them (三、（三）不予公开 1.属于国家秘密：自然人), for a second header row of exports.
     */
    public static final List<String> LABELS = ReportTemplate.CELLS.stream()
            .map(cell -> cell.table().section() + "、" + cell.rowLabel() + "：" + cell.columnLabel()).toList();

    /** Amounts keep their scale: 1.2300 万元 stays as given. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .build();

    private ReportNumbers() {
    }

    /** Every number of the report by its flat name, in print order; a number the report lacks is {@code null}. */
    public static Map<String, BigDecimal> flatten(AnnualReport report) {
        ObjectNode sections = MAPPER.createObjectNode();
        sections.set("proactiveDisclosure", MAPPER.valueToTree(report.proactiveDisclosure()));
        sections.set("applications", MAPPER.valueToTree(report.applications()));
        sections.set("reviewAndLitigation", MAPPER.valueToTree(report.reviewAndLitigation()));
        return flatten(sections);
    }

    /** The same of any object shaped like a report: {@code proactiveDisclosure}, {@code applications}, … */
    public static Map<String, BigDecimal> flatten(JsonNode report) {
        Map<String, BigDecimal> numbers = new LinkedHashMap<>(ReportTemplate.CELLS.size() * 2);
        for (int i = 0; i < ReportTemplate.CELLS.size(); i++) {
            JsonNode value = report.at(Pointers.OF_CELLS.get(i));
            numbers.put(ReportTemplate.CELLS.get(i).flatName(), value.isNumber() ? value.decimalValue() : null);
        }
        return Collections.unmodifiableMap(numbers);
    }

    /** Each cell's pointer, compiled once: reports are flattened several times each as they are stored. */
    private static final class Pointers {
        static final java.util.List<com.fasterxml.jackson.core.JsonPointer> OF_CELLS = ReportTemplate.CELLS.stream()
                .map(cell -> com.fasterxml.jackson.core.JsonPointer.compile(cell.pointer())).toList();
    }

    /**
     * Puts flat numbers back into the nested shape of a report, read as {@code type}: any class with
     * {@code proactiveDisclosure}, {@code applications} and {@code reviewAndLitigation} properties.
     * Names missing from {@code numbers} count as zero; names not of the template are ignored.
     */
    public static <T> T unflatten(Map<String, BigDecimal> numbers, Class<T> type) {
        return MAPPER.convertValue(tree(numbers, BigDecimal.ZERO), type);
    }

    /** As {@link #unflatten}, but a number missing from {@code numbers}, or {@code null} there, stays {@code null}. */
    public static <T> T unflattenKeepingGaps(Map<String, BigDecimal> numbers, Class<T> type) {
        return MAPPER.convertValue(tree(numbers, null), type);
    }

    private static ObjectNode tree(Map<String, BigDecimal> numbers, BigDecimal missing) {
        ObjectNode root = MAPPER.createObjectNode();
        for (String name : NAMES) {
            String[] path = name.split("\\.");
            ObjectNode parent = root;
            for (int i = 0; i < path.length - 1; i++) {
                parent = parent.has(path[i]) ? (ObjectNode) parent.get(path[i]) : parent.putObject(path[i]);
            }
            BigDecimal value = numbers.get(name);
            if (value == null) {
                value = missing;
            }
            if (value == null) {
                parent.putNull(path[path.length - 1]);
            } else {
                parent.put(path[path.length - 1], value);
            }
        }
        return root;
    }
}
