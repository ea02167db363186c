package gov.disclosure.event;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The JSON of every event payload: dates as ISO strings, exact decimals, absent fields left out. Reading is tolerant
 * of fields it does not know (a newer producer may add some).
 */
public final class EventJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .serializationInclusion(JsonInclude.Include.NON_NULL)
            .build();

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
            throw new UnreadableEventException("not a " + what + " payload: " + e.getOriginalMessage(), e);
        }
        if (payload == null) {
            throw new UnreadableEventException("not a " + what + " payload: empty");
        }
        return payload;
    }
}
