package gov.disclosure.rollups.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** The jsonb form of a flat map of numbers, exact both ways. */
final class NumbersJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, BigDecimal>> NUMBERS = new TypeReference<>() {
    };

    private NumbersJson() {
    }

    static String write(Map<String, BigDecimal> numbers) {
        try {
            return MAPPER.writeValueAsString(numbers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static Map<String, BigDecimal> read(String json) {
        try {
            return MAPPER.readValue(json, NUMBERS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored numbers are not JSON", e);
        }
    }
}
