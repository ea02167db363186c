package gov.disclosure.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import gov.disclosure.json.BoundedJson;

/**
 * The JSON of every event payload: dates as ISO strings, exact decimals, absent fields left out. Reading is tolerant
 * of fields it does not know (a newer producer may add some).
 */
public final class EventJson {

    /** Reads only what is within {@link gov.disclosure.json.JsonBounds}, so that whatever it accepts can be stored. */
    private static final ObjectMapper MAPPER = BoundedJson.bounded(JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
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
