package gov.disclosure.reports.parsing;

import java.util.ArrayList;
import java.util.List;

/** What one parse found missing, and the remarks for people on how it read the rest. */
final class ReadingLog {

    private final List<MissingPart> missing = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void missing(String section, String item, String detail) {
        missing.add(new MissingPart(section, item, detail));
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
