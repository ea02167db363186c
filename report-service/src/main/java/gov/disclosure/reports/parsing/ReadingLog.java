package gov.disclosure.reports.parsing;

import java.util.ArrayList;
import java.util.List;

/** What one parse found missing, and the remarks for people on how it read the rest. */
final class ReadingLog {

    private final List<MissingPart> missing = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void missing(String section, String item, String detail) {
        missing(section, item, detail, List.of());
    }

    /** A part not read, and the report's numbers (JSON pointers) it leaves unread. */
    void missing(String section, String item, String detail, List<String> cells) {
        missing.add(new MissingPart(section, item, detail, cells.stream().filter(cell -> cell != null).toList()));
    }

    void note(String note) {
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }

    boolean hasMissing() {
        return !missing.isEmpty();
    }

    List<MissingPart> missing() {
        return List.copyOf(missing);
    }

    List<String> notes() {
        return List.copyOf(notes);
    }
}
