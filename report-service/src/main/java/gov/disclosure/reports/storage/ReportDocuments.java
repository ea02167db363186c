package gov.disclosure.reports.storage;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import gov.disclosure.json.BoundedJson;
import gov.disclosure.report.AnnualReport;
import gov.disclosure.reports.validation.Violation;
import gov.disclosure.review.ReviewComment;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.jboss.logging.Logger;

/** The stored JSON of reports and verdicts, and the hash that tells whether two reports say the same. */
@ApplicationScoped
public class ReportDocuments {

    private static final TypeReference<List<Violation>> VIOLATIONS = new TypeReference<>() {
    };

    private static final Logger LOG = Logger.getLogger(ReportDocuments.class);

    /** Reads as requests are read: within {@link gov.disclosure.json.JsonBounds} (see the json package). */
    private final ObjectMapper mapper;
    /** Reads documents stored before numbers were bounded, their decimals rounded into bounds. */
    private final ObjectMapper repairing;
    /** Writes numbers as their plain value: what content hashes are taken of. */
    private final ObjectMapper byValue;
    /**
     * As {@link #byValue}, every decimal written by its value, straight as UTF-8: {@link #contentHash(AnnualReport)}
     * in one pass. Its bytes are {@code String.getBytes}' of that JSON (hashes are stored): a character beyond the
     * Basic Multilingual Plane (𠀀, in some names) as its four bytes, where Jackson's UTF-8 writer would otherwise
     * write the escapes of its two UTF-16 units.
     */
    private final ObjectWriter hashed;

    public ReportDocuments(ObjectMapper mapper) {
        this.mapper = mapper;
        this.repairing = BoundedJson.repairing(mapper.copy());
        this.byValue = mapper.copy().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        this.hashed = mapper.copy().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
                .registerModule(new SimpleModule("numbers-by-value").addSerializer(BigDecimal.class, new ByValue()))
                .writer().with(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8);
    }

    /** A decimal by its value: {@code 1.20} as {@code 1.2}, {@code 1E+2} as {@code 100} (counts are longs already). */
    private static final class ByValue extends StdSerializer<BigDecimal> {
        ByValue() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator generator, SerializerProvider provider)
                throws IOException {
            generator.writeNumber(value.stripTrailingZeros());
        }
    }

    /** The canonical serialization: fields in the order of the canonical JSON, numbers as given. */
    public String toJson(AnnualReport report) {
        return write(report);
    }

    /**
     * A stored report. One stored before numbers were bounded (a fee of {@code 1e-9999}) is read with its decimals
     * rounded into bounds, so that it can still be shown, withdrawn or revised.
     */
    public AnnualReport report(String json) {
        try {
            return mapper.readValue(json, AnnualReport.class);
        } catch (JsonProcessingException outOfBounds) {
            LOG.warnf("a stored report is out of bounds (%s); read with its numbers rounded", outOfBounds.getOriginalMessage());
            try {
                return repairing.readValue(json, AnnualReport.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored JSON cannot be read back as a report", e);
            }
        }
    }

    /** A stored report as a JSON tree, read as {@link #report(String)} reads it. */
    public JsonNode tree(String json) {
        return mapper.valueToTree(report(json));
    }

    /** Whether a stored report reads back as it would if it were sent again: the bounds of a request. */
    public boolean readsBack(String json, AnnualReport as) {
        try {
            return as.equals(mapper.readValue(json, AnnualReport.class));
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    /** Violations, notes: what else a revision keeps as JSON. */
    public String toJson(List<?> values) {
        return write(values);
    }

    public List<Violation> violations(String json) {
        return read(json, mapper.getTypeFactory().constructType(VIOLATIONS));
    }

    public List<ReviewComment> reviewComments(String json) {
        return read(json, mapper.getTypeFactory().constructCollectionType(List.class, ReviewComment.class));
    }

    /** A JSON array of strings (notes, agency ids). */
    public List<String> strings(String json) {
        return read(json, mapper.getTypeFactory().constructCollectionType(List.class, String.class));
    }

    /**
     * SHA-256 of what a report says: its canonical serialization with every number by its value, so that a report
     * sent again with {@code 0} where it had {@code 0.0} (as another JSON library writes it) is the same report.
     */
    public String contentHash(AnnualReport report) {
        MessageDigest sha256 = sha256();
        // the UTF-8 goes straight into the digest: no string of it, no copy
        try (OutputStream digest = new DigestOutputStream(OutputStream.nullOutputStream(), sha256)) {
            hashed.writeValue(digest, report);
        } catch (IOException e) {
            throw new IllegalStateException("a report always serializes", e);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    /**
     * {@link #contentHash(AnnualReport)} as first written, through the report's JSON tree: what the direct
     * serialization must agree with, byte for byte (hashes are stored).
     */
    String contentHashOfTree(AnnualReport report) {
        try {
            return contentHash(byValue.writeValueAsString(numbersByValue(mapper.valueToTree(report))));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report always serializes", e);
        }
    }

    private static JsonNode numbersByValue(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.properties().forEach(field -> field.setValue(numbersByValue(field.getValue())));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, numbersByValue(array.get(i)));
            }
        } else if (node.isNumber()) {
            return DecimalNode.valueOf(node.decimalValue().stripTrailingZeros());
        }
        return node;
    }

    /** SHA-256 of a text (a canonical serialization, a name). */
    public static String contentHash(String canonicalJson) {
        return HexFormat.of().formatHex(sha256().digest(canonicalJson.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize " + value.getClass().getSimpleName(), e);
        }
    }

    private <T> T read(String json, com.fasterxml.jackson.databind.JavaType type) {
        try {
            return mapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON cannot be read back as " + type, e);
        }
    }
}
