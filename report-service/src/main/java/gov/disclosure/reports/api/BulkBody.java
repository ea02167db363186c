package gov.disclosure.reports.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.disclosure.report.AnnualReport;
import gov.disclosure.reports.bulk.BulkLimits;
import gov.disclosure.reports.bulk.BulkLine;
import gov.disclosure.reports.json.AnnualReportReader;
import gov.disclosure.reports.json.MalformedJsonException;
import gov.disclosure.reports.problem.InvalidParametersException;
import gov.disclosure.reports.problem.TooLargeException;
import gov.disclosure.reports.submission.IfMatch;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a bulk body (NDJSON): one report per line, either the report itself (canonical JSON, as a single POST
 * sends it) or a line of options around it, whose first member is an option: {@code {"ifMatch": "3",
 * "idempotencyKey": "…", "changeReason": "…", "report": {…}}}, the If-Match, Idempotency-Key and X-Change-Reason a
 * single submission sends as headers. Each line is read on its own, as a single body is: a line that cannot be read
 * is refused with the problem that body gets (pointers within the report), and the other lines are read all the
 * same. Blank lines are skipped.
 */
@ApplicationScoped
public class BulkBody {

    static final String REPORT = "report";
    static final String IF_MATCH = "ifMatch";
    static final String IDEMPOTENCY_KEY = "idempotencyKey";
    static final String CHANGE_REASON = "changeReason";
    private static final Set<String> OPTIONS = Set.of(REPORT, IF_MATCH, IDEMPOTENCY_KEY, CHANGE_REASON);

    private final AnnualReportReader reader;
    private final ObjectMapper mapper;
    private final BulkLimits limits;

    public BulkBody(AnnualReportReader reader, ObjectMapper mapper, BulkLimits limits) {
        this.reader = reader;
        this.mapper = mapper;
        this.limits = limits;
    }

    /**
     * The lines of a body, found but not read yet; refuses a body without a report (400) and one of too many lines
     * (413) before anything is stored.
     */
    public Lines lines(byte[] body) {
        List<Span> spans = new ArrayList<>();
        int number = 0;
        int start = 0;
        while (start < body.length) {
            int end = indexOf(body, (byte) '\n', start);
            number++;
            if (number > limits.maxLines()) {
                throw new TooLargeException("the body has more than %d lines; send at most %d per request"
                        .formatted(limits.maxLines(), limits.maxLines()));
            }
            int to = end > start && body[end - 1] == '\r' ? end - 1 : end;
            if (!blank(body, start, to)) {
                spans.add(new Span(number, start, to));
            }
            start = end + 1;
        }
        if (spans.isEmpty()) {
            throw new MalformedJsonException("the body is empty: send one report per line", "", 0, 0);
        }
        return new Lines(body, spans);
    }

    /**
     * The non-blank lines of a body, each read when asked for: a body of thousands of reports is read a chunk at a
     * time, so that only the reports of the chunk being stored are held besides the body's bytes.
     */
    public final class Lines {

        private final byte[] body;
        private final List<Span> spans;

        private Lines(byte[] body, List<Span> spans) {
            this.body = body;
            this.spans = spans;
        }

        public int size() {
            return spans.size();
        }

        /** Lines {@code from} (inclusive) to {@code to} (exclusive) of the non-blank ones, read. */
        public List<BulkLine> read(int from, int to) {
            List<BulkLine> lines = new ArrayList<>(to - from);
            for (Span span : spans.subList(from, Math.min(to, spans.size()))) {
                lines.add(line(span.number, body, span.from, span.to));
            }
            return lines;
        }
    }

    private record Span(int number, int from, int to) {
    }

    private BulkLine line(int number, byte[] body, int from, int to) {
        long longest = limits.maxLineLength().asLongValue();
        if (to - from > longest) {
            return BulkLine.unreadable(number, new TooLargeException(
                    "the line has %d bytes; at most %d are accepted".formatted(to - from, longest)));
        }
        try {
            return read(number, java.util.Arrays.copyOfRange(body, from, to));
        } catch (RuntimeException refused) {
            return BulkLine.unreadable(number, refused);
        }
    }

    private BulkLine read(int number, byte[] line) {
        Options options = options(line);
        if (options == null) {
            return new BulkLine(number, report(line, 0, line.length), IfMatch.ABSENT, null, null, null);
        }
        return new BulkLine(number, report(line, options.reportFrom, options.reportTo), options.ifMatch,
                options.idempotencyKey, options.changeReason, null);
    }

    private AnnualReport report(byte[] body, int from, int to) {
        try {
            return reader.read(new ByteArrayInputStream(body, from, to - from));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A line's options, when it is a line of options (an object with a {@code report} member, whose first member is
     * an option); else null. A report's first member is none, and a line that is a report is not scanned to its end
     * for options before it is read (a report's bytes are most of a body).
     */
    private Options options(byte[] line) {
        Options options = new Options();
        boolean wrapped = false;
        try (JsonParser parser = mapper.createParser(line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT
                    || parser.nextToken() != JsonToken.FIELD_NAME || !OPTIONS.contains(parser.currentName())) {
                return null;
            }
            List<String> unknown = new ArrayList<>();
            for (; parser.currentToken() == JsonToken.FIELD_NAME; parser.nextToken()) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (name) {
                    case REPORT -> {
                        wrapped = true;
                        options.reportFrom = (int) parser.currentTokenLocation().getByteOffset();
                        parser.skipChildren();
                        options.reportTo = (int) parser.currentLocation().getByteOffset();
                    }
                    case IF_MATCH -> options.ifMatchText = value == JsonToken.VALUE_STRING
                            || value == JsonToken.VALUE_NUMBER_INT ? parser.getText() : invalid(IF_MATCH,
                            "must be the If-Match header's value as a string, e.g. \"3\" or \"*\"");
                    case IDEMPOTENCY_KEY -> options.idempotencyKey = value == JsonToken.VALUE_STRING
                            ? WriteParameters.idempotencyKey(parser.getText(), IDEMPOTENCY_KEY)
                            : invalid(IDEMPOTENCY_KEY, "must be a string");
                    case CHANGE_REASON -> options.changeReason = value == JsonToken.VALUE_STRING
                            ? WriteParameters.changeReasonText(parser.getText(), CHANGE_REASON)
                            : invalid(CHANGE_REASON, "must be a string");
                    default -> {
                        unknown.add(name);
                        parser.skipChildren();
                    }
                }
            }
            if (!wrapped || parser.nextToken() != null) {
                return null;
            }
            if (!unknown.isEmpty()) {
                invalid(unknown.get(0), "is not an option of a bulk line (" + String.join(", ", OPTIONS.stream()
                        .sorted().toList()) + ")");
            }
        } catch (IOException malformed) {
            // read as a report, the line gets the problem a single body that malformed gets
            return null;
        }
        options.ifMatch = IfMatch.parse(options.ifMatchText);
        return options;
    }

    private static String invalid(String option, String detail) {
        throw InvalidParametersException.of(option, detail);
    }

    private static final class Options {
        int reportFrom;
        int reportTo;
        String ifMatchText;
        IfMatch ifMatch;
        String idempotencyKey;
        String changeReason;
    }

    private static int indexOf(byte[] body, byte wanted, int from) {
        for (int i = from; i < body.length; i++) {
            if (body[i] == wanted) {
                return i;
            }
        }
        return body.length;
    }

    private static boolean blank(byte[] body, int from, int to) {
        for (int i = from; i < to; i++) {
            if (body[i] != ' ' && body[i] != '\t' && body[i] != '\r') {
                return false;
            }
        }
        return true;
    }
}
