package gov.disclosure.rollups.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.disclosure.json.BoundedJson;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The jsonb form of a flat map of numbers, exact both ways. Numbers stored before events were bounded (a fee of
 * {@code 1e-9999}) are read with their decimals rounded into bounds, so that reads and rebuilds go on.
 */
final class NumbersJson {

    private static final Logger LOG = Logger.getLogger(NumbersJson.class);
    private static final ObjectMapper MAPPER = BoundedJson.bounded(new ObjectMapper());
    private static final ObjectMapper REPAIRING = BoundedJson.repairing(new ObjectMapper());
    private static final TypeReference<LinkedHashMap<String, BigDecimal>> NUMBERS = new TypeReference<>() {
    };

    private NumbersJson() {
    }

    /**
     * As the mapper writes the map ({@code {"name":1.5,…}}) without its plain zeros, through Jackson's streaming
     * generator rather than its map serializer: one event's some 200 numbers, at every event applied. A zero without
     * decimals ({@code 0}) is left out, since a number that is absent reads as exactly that ({@link
     * gov.disclosure.rollups.domain.Numbers#of}); most of a report's cells are empty, so the stored numbers are a
     * third of the size (13 KB → 4 KB for a fixture report, 138 of its 200 numbers zero). A zero with decimals
     * ({@code 0.00}) is kept: its scale is part of the sums.
     */
    static String write(Map<String, BigDecimal> numbers) {
        StringWriter json = new StringWriter(numbers.size() * 48);
        try (JsonGenerator generator = MAPPER.getFactory().createGenerator(json)) {
            generator.writeStartObject();
            for (Map.Entry<String, BigDecimal> number : numbers.entrySet()) {
                if (isPlainZero(number.getValue())) {
                    continue;
                }
                generator.writeFieldName(number.getKey());
                generator.writeNumber(number.getValue());
            }
            generator.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return json.toString();
    }

    private static boolean isPlainZero(BigDecimal value) {
        return value.signum() == 0 && value.scale() == 0;
    }

    /** Numbers as read, and whether they were within bounds as stored (false: read with their decimals rounded). */
    record Read(Map<String, BigDecimal> numbers, boolean withinBounds) {
    }

    static Read read(String json) {
        try {
            return new Read(MAPPER.readValue(json, NUMBERS), true);
        } catch (JsonProcessingException outOfBounds) {
            LOG.warnf("stored numbers out of bounds (%s); read rounded", outOfBounds.getOriginalMessage());
            try {
                return new Read(REPAIRING.readValue(json, NUMBERS), false);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored numbers are not JSON", e);
            }
        }
    }
}
