package gov.disclosure.reports.history;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import gov.disclosure.report.ReportTemplate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What changed from one revision of a report to another: every value of the canonical JSON that differs, by JSON
 * pointer, with the template's labels for the numbers. Numbers are compared by value (18 and 18.0 are the same).
 */
@Schema(description = "The values that differ between two revisions of one report")
public record RevisionDiff(
        @Schema(description = "The revision compared from") int from,
        @Schema(description = "The revision compared to") int to,
        @Schema(description = "Status of each revision, when it changed (PUBLISHED → WITHDRAWN)")
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> status,
        @Schema(description = "Every changed value, in the order of the report") List<Change> changes) {

    /** One value that differs: {@code before} or {@code after} is null where the value was added or removed. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Change(
            @Schema(description = "JSON pointer into the canonical report", examples = "/applications/newlyReceived/total")
            String pointer,
            @Schema(description = "The template's section of a number (二, 三, 四)") String section,
            @Schema(description = "The row label of a number, as the template prints it") String row,
            @Schema(description = "The column label of a number") String column,
            JsonNode before,
            JsonNode after) {
    }

    public static RevisionDiff between(int from, String statusFrom, JsonNode before, int to, String statusTo,
                                       JsonNode after) {
        List<Change> changes = new ArrayList<>();
        compare("", before, after, changes);
        List<String> status = statusFrom.equals(statusTo) ? null : List.of(statusFrom, statusTo);
        return new RevisionDiff(from, to, status, changes);
    }

    private static void compare(String pointer, JsonNode before, JsonNode after, List<Change> changes) {
        if (before.isObject() && after.isObject()) {
            for (String field : fields(before, after)) {
                compare(pointer + "/" + field.replace("~", "~0").replace("/", "~1"),
                        before.path(field), after.path(field), changes);
            }
        } else if (!same(before, after)) {
            changes.add(change(pointer, before, after));
        }
    }

    private static Set<String> fields(JsonNode before, JsonNode after) {
        Set<String> fields = new LinkedHashSet<>();
        for (JsonNode node : List.of(before, after)) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                fields.add(names.next());
            }
        }
        return fields;
    }

    private static boolean same(JsonNode before, JsonNode after) {
        if (before.isNumber() && after.isNumber()) {
            return before.decimalValue().compareTo(after.decimalValue()) == 0;
        }
        return before.equals(after);
    }

    private static Change change(String pointer, JsonNode before, JsonNode after) {
        JsonNode was = present(before);
        JsonNode is = present(after);
        return ReportTemplate.find(pointer.substring(1).replace('/', '.'))
                .map(cell -> new Change(pointer, cell.table().section(), cell.rowLabel(), cell.columnLabel(), was, is))
                .orElseGet(() -> new Change(pointer, null, null, null, was, is));
    }

    private static JsonNode present(JsonNode node) {
        return node instanceof MissingNode || node.isNull() ? null : node;
    }
}
