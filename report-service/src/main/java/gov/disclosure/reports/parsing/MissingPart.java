package gov.disclosure.reports.parsing;

import java.util.List;

/**
 * What could not be read from a report's text.
 *
 * @param section "标题", "二", "三" or "四"
 * @param item    the row or column label, or what is missing (e.g. "机关名称")
 * @param detail  why, for a person
 * @param cells   the JSON pointers of the report's numbers it leaves unread (none for a title or a name)
 */
public record MissingPart(String section, String item, String detail, List<String> cells) {

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
