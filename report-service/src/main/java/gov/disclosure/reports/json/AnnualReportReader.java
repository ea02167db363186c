package gov.disclosure.reports.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import gov.disclosure.json.JsonBounds;
import gov.disclosure.json.OutOfBoundsException;
import gov.disclosure.report.AnnualReport;
import gov.disclosure.report.Count;
import gov.disclosure.reports.validation.InvalidReportException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.stream.Collectors;

/**
 * Reads a report body, and says precisely what is wrong with one that cannot be read: where the JSON breaks, or
 * which field (as a JSON pointer) has the wrong type or is not a field of the canonical report.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class AnnualReportReader implements MessageBodyReader<AnnualReport> {

    private final ObjectMapper mapper;

    public AnnualReportReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == AnnualReport.class;
    }

    @Override
    public AnnualReport readFrom(Class<AnnualReport> type, Type genericType, Annotation[] annotations,
                                 MediaType mediaType, MultivaluedMap<String, String> headers, InputStream body)
            throws IOException {
        return read(body);
    }

    /** Reads one report as a request body is read, refusing it as precisely (the bulk path reads each line so). */
    public AnnualReport read(InputStream body) throws IOException {
        AnnualReport report;
        JsonParser parser = mapper.createParser(body);
        try (parser) {
            report = mapper.readValue(parser, AnnualReport.class);
        } catch (JsonProcessingException e) {
            String where = parser.getParsingContext().pathAsPointer().toString();
            StreamConstraintsException limit = limit(e);
            if (limit != null && limit.getMessage().contains("NumberLength")) {
                throw InvalidReportException.of(where,
                        "must be a number of at most %d characters".formatted(JsonBounds.MAX_NUMBER_LENGTH));
            }
            if (limit != null) {
                throw new MalformedJsonException(limit.getOriginalMessage(), where, 0, 0);
            }
            throw problem(e);
        }
        if (report == null) {
            throw InvalidReportException.of("", "must be a report (a JSON object), not empty or null");
        }
        return report;
    }

    /** A limit of the parser (a number too long, nesting too deep), which databind may have wrapped; or null. */
    private static StreamConstraintsException limit(Throwable e) {
        for (Throwable cause = e; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof StreamConstraintsException limit) {
                return limit;
            }
        }
        return null;
    }

    /** Syntax errors are malformed JSON, even where databind wraps them; the rest name the field they concern. */
    private static RuntimeException problem(JsonProcessingException e) {
        if (e instanceof OutOfBoundsException outOfBounds) {
            return InvalidReportException.of(pointer(outOfBounds), outOfBounds.detail());
        }
        if (e instanceof InputCoercionException tooLarge) {
            return InvalidReportException.of(tooLarge.getProcessor().getParsingContext().pathAsPointer().toString(),
                    "must be at most " + Count.MAX);
        }
        if (e instanceof StreamReadException syntax) {
            return malformed(syntax);
        }
        if (e.getCause() instanceof JsonProcessingException cause && !(cause instanceof JsonMappingException)) {
            return problem(cause);
        }
        if (e instanceof MismatchedInputException mismatch) {
            if (mismatch.getOriginalMessage().startsWith("Unexpected end-of-input")) {
                return malformed(parser(mismatch), "the JSON ends too early", mismatch);
            }
            return mismatch.getPath().isEmpty() ? notAReport(mismatch)
                    : InvalidReportException.of(pointer(mismatch), mismatch(mismatch));
        }
        if (e instanceof JsonMappingException mapping) {
            return InvalidReportException.of(pointer(mapping), "cannot be read as this part of a report");
        }
        return new MalformedJsonException(e.getOriginalMessage(), "", 0, 0);
    }

    private static JsonParser parser(MismatchedInputException e) {
        return e.getProcessor() instanceof JsonParser parser ? parser : null;
    }

    /** The document as a whole is wrong: nothing, something after it, or not an object. */
    private static RuntimeException notAReport(MismatchedInputException e) {
        String message = e.getOriginalMessage();
        if (message.startsWith("No content to map")) {
            return new MalformedJsonException("the body is empty", "", 0, 0);
        }
        if (message.startsWith("Trailing token")) {
            return malformed(parser(e), message, e);
        }
        return InvalidReportException.of("", "must be a report (a JSON object)");
    }

    private static MalformedJsonException malformed(StreamReadException e) {
        return malformed(e.getProcessor(), e.getOriginalMessage(), e);
    }

    private static MalformedJsonException malformed(JsonParser parser, String reason, JsonProcessingException e) {
        String pointer = parser == null ? "" : parser.getParsingContext().pathAsPointer().toString();
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
        return new MalformedJsonException(reason, pointer, line, column);
    }

    private static String mismatch(MismatchedInputException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a field of the canonical report";
        }
        Class<?> target = e.getTargetType();
        if (target == null) {
            return e.getOriginalMessage();
        }
        if (target == Long.class || target == Integer.class || target == long.class || target == int.class) {
            return "must be a whole number";
        }
        if (target == BigDecimal.class) {
            return "must be a number";
        }
        if (target == String.class) {
            return "must be a string";
        }
        if (target == java.time.LocalDate.class) {
            return "must be a date, YYYY-MM-DD";
        }
        return "must be an object";
    }

    private static String pointer(JsonMappingException e) {
        return e.getPath().stream()
                .map(reference -> "/" + (reference.getFieldName() != null
                        ? reference.getFieldName().replace("~", "~0").replace("/", "~1")
                        : String.valueOf(reference.getIndex())))
                .collect(Collectors.joining());
    }
}
