package gov.disclosure.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import gov.disclosure.json.BoundedJson;

/**
 * The JSON of every event payload: dates as ISO strings, exact decimals, absent fields left out, and only ASCII
 * (every other character as JSON's six-character escape of its UTF-16 units: 汝 as backslash, u, 6C5D). Reading is
 * tolerant of fields it does not know (a newer producer may add some).
 * <p>
 * Why ASCII: a Java string with one Chinese character in it takes two bytes per character, and its UTF-8 is made
 * character by character; an ASCII one takes one byte each and is copied. An event is some 13 KB, of which a dozen
 * characters are the agency's name, and the report service writes it, stores it, reads it back (the outbox relay) and
 * sends it as a string: in a bulk load that cut what it allocates per report for these from about 240 KB to 110 KB
 * (JFR's allocation samples, 2026-12-06).
 */
public final class EventJson {

    /** Reads only what is within {@link gov.disclosure.json.JsonBounds}, so that whatever it accepts can be stored. */
    private static final ObjectMapper MAPPER = BoundedJson.bounded(JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build());

    private EventJson() {
    }

    public static String write(Object payload) {
        try {
            return MAPPER.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + payload, e);
        }
    }

    /** @throws UnreadableEventException when the JSON is not a {@code what} payload at all */
    public static <T> T read(String json, Class<T> type, String what) {
        T payload;
        try {
            payload = MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            String where = e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                    ? " at " + mapping.getPathReference() : "";
            throw new UnreadableEventException("not a " + what + " payload: " + e.getOriginalMessage() + where, e);
        }
        if (payload == null) {
            throw new UnreadableEventException("not a " + what + " payload: empty");
        }
        return payload;
    }
}
