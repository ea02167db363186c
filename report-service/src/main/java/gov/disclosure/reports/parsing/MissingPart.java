package gov.disclosure.reports.parsing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * What could not be read from a report's text.
 *
 * @param section "标题", "二", "三" or "四"
 * @param item    the row or column label, or what is missing (e.g. "机关名称")
 * @param detail  why, for a person
 * @param cells   the JSON pointers of the report's numbers it leaves unread (none for a title or a name)
 */
public record MissingPart(
        @Schema(examples = "三") String section,
        @Schema(examples = "（五）不予处理 2.重复申请") String item,
        @Schema(examples = "its printed numbers fit its cells in 2 ways, and the table adds up with more than one of them")
        String detail,
        @Schema(description = "The JSON pointers of the numbers it leaves unread",
                examples = "/applications/outcomes/notProcessed/repeatedApplication/naturalPerson") List<String> cells) {

    public MissingPart {
        cells = List.copyOf(cells);
    }

    public MissingPart(String section, String item, String detail) {
        this(section, item, detail, List.of());
    }

    @Override
    public String toString() {
        return section + " " + item + ": " + detail;
    }
}
