package gov.disclosure.reports.parsing;

/**
 * What could not be read from a report's text.
 *
 * @param section "标题", "二", "三" or "四"
 * @param item    the row or column label, or what is missing (e.g. "机关名称")
 * @param detail  why, for a person
 */
public record MissingPart(String section, String item, String detail) {

    @Override
    public String toString() {
        return section + " " + item + ": " + detail;
    }
}
