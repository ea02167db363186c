package gov.disclosure.report;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

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

    /**
     * Every number of the report by its flat name, in print order; a number the report lacks is {@code null}. Read
     * straight from the records' accessors (the reports' JSON names are their components' names), as
     * {@link #flattenAsJson} reads them from the report's JSON: reports are flattened several times each as they
     * are checked, stored and published.
     */
    public static Map<String, BigDecimal> flatten(AnnualReport report) {
        return Accessors.OF_CELLS == null ? flattenAsJson(report) : Accessors.flatten(report);
    }

    /** Whether {@link #flatten(AnnualReport)} reads the accessors (else it reads the JSON). */
    static boolean readsAccessors() {
        return Accessors.OF_CELLS != null;
    }

    /** {@link #flatten(AnnualReport)} through the report's JSON tree: what the accessors must agree with. */
    static Map<String, BigDecimal> flattenAsJson(AnnualReport report) {
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

    /**
     * Each cell's path as record accessors from {@link AnnualReport}, found once; null (and JSON is read instead)
     * if a path does not lead through records to a number.
     */
    private static final class Accessors {
        private static final int DEPTH = 8;
        private static final String[] FLAT_NAMES = NAMES.toArray(String[]::new);
        static final Function<Object, Object>[][] OF_CELLS = accessors();
        /** How many leading accessors each cell shares with the cell before it (in print order, rows share). */
        static final int[] SHARED = OF_CELLS == null ? null : shared(OF_CELLS);

        @SuppressWarnings("unchecked")
        private static Function<Object, Object>[][] accessors() {
            Function<Object, Object>[][] paths = new Function[ReportTemplate.CELLS.size()][];
            // cells share accessors (every cell of a table starts with the same few): one class for each
            Map<Method, Function<Object, Object>> functions = new HashMap<>();
            for (int i = 0; i < paths.length; i++) {
                String[] names = ReportTemplate.CELLS.get(i).flatName().split("\\.");
                if (names.length >= DEPTH) {
                    return null;
                }
                Function<Object, Object>[] path = new Function[names.length];
                Class<?> type = AnnualReport.class;
                for (int j = 0; j < names.length; j++) {
                    Method accessor = accessor(type, names[j]);
                    if (accessor == null) {
                        return null;
                    }
                    path[j] = functions.computeIfAbsent(accessor, Accessors::function);
                    if (path[j] == null) {
                        return null;
                    }
                    type = accessor.getReturnType();
                }
                if (type != Long.class && type != Integer.class && type != BigDecimal.class) {
                    return null;
                }
                paths[i] = path;
            }
            return paths;
        }

        /** The accessor as a function (a class of its own, as a lambda is), or null if it cannot be made one. */
        @SuppressWarnings("unchecked")
        private static Function<Object, Object> function(Method accessor) {
            try {
                MethodHandles.Lookup lookup = MethodHandles.lookup();
                MethodHandle getter = lookup.unreflect(accessor);
                return (Function<Object, Object>) LambdaMetafactory.metafactory(lookup, "apply",
                        MethodType.methodType(Function.class), MethodType.methodType(Object.class, Object.class),
                        getter, MethodType.methodType(accessor.getReturnType(), accessor.getDeclaringClass()))
                        .getTarget().invokeExact();
            } catch (Throwable e) {
                return null;
            }
        }

        private static int[] shared(Function<Object, Object>[][] paths) {
            String[][] names = new String[paths.length][];
            for (int i = 0; i < paths.length; i++) {
                names[i] = ReportTemplate.CELLS.get(i).flatName().split("\\.");
            }
            int[] shared = new int[paths.length];
            for (int i = 1; i < paths.length; i++) {
                int n = 0;
                while (n < names[i].length - 1 && n < names[i - 1].length - 1 && names[i][n].equals(names[i - 1][n])) {
                    n++;
                }
                shared[i] = n;
            }
            return shared;
        }

        private static Method accessor(Class<?> type, String name) {
            if (!type.isRecord() || !java.lang.reflect.Modifier.isPublic(type.getModifiers())) {
                return null;
            }
            for (RecordComponent component : type.getRecordComponents()) {
                if (component.getName().equals(name)) {
                    return component.getAccessor();
                }
            }
            return null;
        }

        static Map<String, BigDecimal> flatten(AnnualReport report) {
            Map<String, BigDecimal> numbers = new LinkedHashMap<>(OF_CELLS.length * 2);
            // values[j]: what the first j accessors of the current cell's path lead to (values[0] the report)
            Object[] values = new Object[DEPTH];
            values[0] = report;
            for (int i = 0; i < OF_CELLS.length; i++) {
                Function<Object, Object>[] path = OF_CELLS[i];
                for (int j = SHARED[i]; j < path.length; j++) {
                    values[j + 1] = values[j] == null ? null : path[j].apply(values[j]);
                }
                numbers.put(FLAT_NAMES[i], number(values[path.length]));
            }
            return Collections.unmodifiableMap(numbers);
        }

        private static BigDecimal number(Object value) {
            if (value instanceof Long count) {
                return BigDecimal.valueOf(count);
            }
            if (value instanceof Integer count) {
                return BigDecimal.valueOf(count);
            }
            return (BigDecimal) value;
        }
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
