package gov.disclosure.rollups.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import gov.disclosure.report.Applications;
import gov.disclosure.report.ProactiveDisclosure;
import gov.disclosure.report.ReviewAndLitigation;
import gov.disclosure.rollups.domain.Numbers;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One section of a rollup's numbers (二 {@code proactiveDisclosure}, 三 {@code applications} or 四
 * {@code reviewAndLitigation}) in the nested shape of a report, written straight from the sums in the catalogue's
 * order: the shape a report's records give Jackson, without building the records (a rollup read built them through a
 * JSON tree and {@code convertValue}, most of its cost). The shape is read once from the records themselves, in
 * their components' order, as Jackson writes them; a number the catalogue does not name is written null, as a
 * record built from the catalogue's numbers has it.
 */
public final class RollupSection implements JsonSerializable {

    /** A property of the shape: a number (its position in the catalogue, -1 if it has none) or an object. */
    private record Node(String name, int position, List<Node> properties) {
    }

    static final List<Node> PROACTIVE_DISCLOSURE = shape(ProactiveDisclosure.class, "proactiveDisclosure.");
    static final List<Node> APPLICATIONS = shape(Applications.class, "applications.");
    static final List<Node> REVIEW_AND_LITIGATION = shape(ReviewAndLitigation.class, "reviewAndLitigation.");

    private final List<Node> shape;
    private final BigDecimal[] numbers;

    /** @param numbers every number of the rollup in the catalogue's order, as they are to be shown */
    private RollupSection(List<Node> shape, BigDecimal[] numbers) {
        this.shape = shape;
        this.numbers = numbers;
    }

    static RollupSection proactiveDisclosure(BigDecimal[] numbers) {
        return new RollupSection(PROACTIVE_DISCLOSURE, numbers);
    }

    static RollupSection applications(BigDecimal[] numbers) {
        return new RollupSection(APPLICATIONS, numbers);
    }

    static RollupSection reviewAndLitigation(BigDecimal[] numbers) {
        return new RollupSection(REVIEW_AND_LITIGATION, numbers);
    }

    @Override
    public void serialize(JsonGenerator json, SerializerProvider serializers) throws IOException {
        write(shape, json);
    }

    @Override
    public void serializeWithType(JsonGenerator json, SerializerProvider serializers, TypeSerializer type)
            throws IOException {
        write(shape, json);
    }

    private void write(List<Node> properties, JsonGenerator json) throws IOException {
        json.writeStartObject();
        for (Node property : properties) {
            json.writeFieldName(property.name());
            if (property.properties() != null) {
                write(property.properties(), json);
            } else if (property.position() < 0) {
                json.writeNull();
            } else {
                json.writeNumber(numbers[property.position()]);
            }
        }
        json.writeEndObject();
    }

    private static List<Node> shape(Class<?> record, String prefix) {
        List<Node> properties = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            String name = prefix + component.getName();
            properties.add(component.getType().isRecord()
                    ? new Node(component.getName(), -1, List.copyOf(shape(component.getType(), name + ".")))
                    : new Node(component.getName(), Numbers.NAMES.indexOf(name), null));
        }
        return List.copyOf(properties);
    }
}
