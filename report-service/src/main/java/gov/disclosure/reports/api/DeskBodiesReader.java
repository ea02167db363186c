package gov.disclosure.reports.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.disclosure.json.OutOfBoundsException;
import gov.disclosure.reports.json.MalformedJsonException;
import gov.disclosure.reports.review.InvalidReviewException;
import gov.disclosure.reports.review.ReviewRequest;
import gov.disclosure.reports.roster.AgencyError;
import gov.disclosure.reports.roster.AgencyInput;
import gov.disclosure.reports.roster.InvalidAgencyException;
import gov.disclosure.reports.validation.FieldError;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads the bodies of the roster and review endpoints, so that one that is not JSON, not an object, or has a field
 * of the wrong type or unknown is a problem naming where (like a report body), never a bare 400.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class DeskBodiesReader implements MessageBodyReader<Object> {

    private final ObjectMapper mapper;

    public DeskBodiesReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == AgencyInput.class || type == ReviewRequest.class;
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        try {
            return mapper.readValue(body, type);
        } catch (StreamReadException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
            throw new MalformedJsonException(e.getOriginalMessage(), "", line, column);
        } catch (JsonProcessingException e) {
            String pointer = e instanceof JsonMappingException mapping ? pointer(mapping) : "";
            String detail = e instanceof OutOfBoundsException outOfBounds ? outOfBounds.detail()
                    : pointer.isEmpty() ? "the body must be a JSON object"
                    : "is not of the type this field takes, or is not a field of it";
            throw AgencyInput.class.equals(type)
                    ? new InvalidAgencyException(List.of(new AgencyError(null, pointer, detail)))
                    : new InvalidReviewException(List.of(new FieldError(pointer, detail)));
        }
    }

    private static String pointer(JsonMappingException e) {
        return e.getPath().stream()
                .map(reference -> "/" + (reference.getFieldName() != null
                        ? reference.getFieldName().replace("~", "~0").replace("/", "~1")
                        : String.valueOf(reference.getIndex())))
                .collect(Collectors.joining());
    }
}
