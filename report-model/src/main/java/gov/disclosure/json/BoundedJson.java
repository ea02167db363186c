package gov.disclosure.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Makes an {@link ObjectMapper} read only what is within {@link JsonBounds}: a number or a text outside them is an
 * {@link OutOfBoundsException} naming where it is, and a number literal longer than
 * {@link JsonBounds#MAX_NUMBER_LENGTH} is refused by the parser before it is converted.
 */
public final class BoundedJson {

    private BoundedJson() {
    }

    /** Refuses what is out of bounds: for requests, and wherever the system reads what it wrote itself. */
    public static ObjectMapper bounded(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNumberLength(JsonBounds.MAX_NUMBER_LENGTH).build());
        return mapper.registerModule(new SimpleModule("bounded-json")
                .addDeserializer(BigDecimal.class, new BoundedDecimal())
                .addDeserializer(String.class, new StorableString()));
    }

    /**
     * Reads what was stored before these bounds held: a number of more decimals than {@link JsonBounds#MAX_DECIMALS}
     * is rounded to that many (half even), so that such a document can be shown, withdrawn and summed again. Too
     * many digits before the point cannot be repaired and are still refused.
     */
    public static ObjectMapper repairing(ObjectMapper mapper) {
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNumberLength(1_000_000).build());
        return mapper.registerModule(new SimpleModule("repairing-json")
                .addDeserializer(BigDecimal.class, new RoundedDecimal()));
    }

    private static final class BoundedDecimal extends StdScalarDeserializer<BigDecimal> {
        BoundedDecimal() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            BigDecimal value = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(parser, context);
            return value == null ? null : within(value, JsonBounds.numberProblem(value), parser, BigDecimal.class);
        }
    }

    private static final class RoundedDecimal extends StdScalarDeserializer<BigDecimal> {
        RoundedDecimal() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            BigDecimal value = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(parser, context);
            if (value == null || value.scale() <= JsonBounds.MAX_DECIMALS) {
                return value;
            }
            BigDecimal rounded = value.setScale(JsonBounds.MAX_DECIMALS, RoundingMode.HALF_EVEN);
            return within(rounded, JsonBounds.numberProblem(rounded), parser, BigDecimal.class);
        }
    }

    private static final class StorableString extends StdScalarDeserializer<String> {
        private final JsonDeserializer<?> standard = StringDeserializer.instance;

        StorableString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = (String) standard.deserialize(parser, context);
            return value == null ? null : within(value, JsonBounds.textProblem(value), parser, String.class);
        }
    }

    private static <T> T within(T value, Optional<String> problem, JsonParser parser, Class<?> type)
            throws OutOfBoundsException {
        if (problem.isPresent()) {
            throw new OutOfBoundsException(parser, problem.get(), type);
        }
        return value;
    }
}
