package gov.disclosure.reports.json;

/** The request body is not JSON at all: where it breaks, and why. */
public class MalformedJsonException extends RuntimeException {

    private final String pointer;
    private final int line;
    private final int column;

    public MalformedJsonException(String reason, String pointer, int line, int column) {
        super(reason);
        this.pointer = pointer;
        this.line = line;
        this.column = column;
    }

    public String pointer() {
        return pointer;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
