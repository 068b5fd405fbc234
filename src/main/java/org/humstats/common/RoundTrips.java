package org.humstats.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a changed resource is read from a body, for PUT and PATCH alike, so that what GET gave can be sent back:
 * <ul>
 *   <li>PUT ({@link #replacement}): the whole resource. A field the server keeps (timestamps, version, names shown beside
 *   codes, a figure's citation) is ignored when it is what GET gave, and refused otherwise; every such field and every
 *   unknown field is named in one answer.</li>
 *   <li>PATCH ({@link #merged}): an RFC 7396 JSON merge patch applied to the stored resource: a field given replaces the
 *   stored one, a null removes it (a required field removed is then refused by the usual checks), an object is merged
 *   into the stored object.</li>
 * </ul>
 * Either way the result is the resource's input record, checked by Bean Validation as a POST body is.
 */
@ApplicationScoped
public class RoundTrips {

    /** The media type of a JSON merge patch (RFC 7396). */
    public static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject
    ObjectMapper json;

    @Inject
    Validator validator;

    /**
     * @param body    the PUT body
     * @param current the resource as GET gives it now
     * @param input   the input record the body must become
     * @param fixed   fields of the input that may not change (the id or code named by the path)
     * @param viewOnly fields of the input that a view shows differently (see {@link #merged}): ignored when unchanged
     */
    public <T> T replacement(JsonNode body, Object current, Class<T> input, Set<String> fixed, Set<String> viewOnly) {
        ObjectNode given = object(body);
        ObjectNode now = json.valueToTree(current);
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> inputFields = fieldsOf(input);
        for (Iterator<Map.Entry<String, JsonNode>> it = given.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            if (viewOnly.contains(name) && same(field.getValue(), now.get(name))) {
                it.remove();
            } else if (inputFields.contains(name)) {
                if (fixed.contains(name) && !field.getValue().isNull() && !same(field.getValue(), now.get(name))) {
                    errors.add(mayNotChange(name, now.get(name)));
                }
            } else if (now.has(name)) {
                if (same(field.getValue(), now.get(name))) {
                    it.remove();
                } else {
                    errors.add(mayNotChange(name, now.get(name)));
                }
            } else {
                errors.add(unknown(name, inputFields));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        return valid(given, input);
    }

    /**
     * @param patch    the merge patch
     * @param current  the resource as GET gives it now
     * @param input    the input record the patched resource must become
     * @param fixed    fields of the input that may not change
     * @param viewOnly fields of the input whose value in {@code current} is not what the input takes (a figure's
     *                 {@code document} is a citation in a view, a document to create in an input): left out of the base
     */
    public <T> T merged(JsonNode patch, Object current, Class<T> input, Set<String> fixed, Set<String> viewOnly) {
        ObjectNode changes = object(patch);
        ObjectNode now = json.valueToTree(current);
        Set<String> inputFields = fieldsOf(input);
        ObjectNode base = json.createObjectNode();
        now.fields().forEachRemaining(f -> {
            if (inputFields.contains(f.getKey()) && !viewOnly.contains(f.getKey()) && !f.getValue().isNull()) {
                base.set(f.getKey(), f.getValue());
            }
        });
        List<Problem.FieldError> errors = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = changes.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (inputFields.contains(name) && !(viewOnly.contains(name) && same(value, now.get(name)))) {
                if (fixed.contains(name) && !same(value, now.get(name))) {
                    errors.add(mayNotChange(name, now.get(name)));
                } else if (value.isNull()) {
                    base.remove(name);
                } else if (value.isObject() && base.get(name) instanceof ObjectNode stored) {
                    base.set(name, merge(stored.deepCopy(), (ObjectNode) value));
                } else {
                    base.set(name, value.isObject() ? withoutNulls((ObjectNode) value) : value);
                }
            } else if (now.has(name)) {
                if (!same(value, now.get(name))) {
                    errors.add(mayNotChange(name, now.get(name)));
                }
            } else {
                errors.add(unknown(name, inputFields));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        return valid(base, input);
    }

    /**
     * Whether {@code input} says what {@code current} already holds, field by field (a field left empty matching an
     * empty one): then a PUT or PATCH is not a change, and no new version is made.
     */
    public boolean unchanged(Object input, Object current) {
        ObjectNode given = json.valueToTree(input);
        ObjectNode now = json.valueToTree(current);
        for (Iterator<Map.Entry<String, JsonNode>> it = given.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (!same(field.getValue(), now.get(field.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** RFC 7396 MergePatch(target, patch) for an object patch. */
    static ObjectNode merge(ObjectNode target, ObjectNode patch) {
        patch.fields().forEachRemaining(f -> {
            if (f.getValue().isNull()) {
                target.remove(f.getKey());
            } else if (f.getValue().isObject() && target.get(f.getKey()) instanceof ObjectNode inner) {
                target.set(f.getKey(), merge(inner, (ObjectNode) f.getValue()));
            } else {
                target.set(f.getKey(), f.getValue().isObject() ? withoutNulls((ObjectNode) f.getValue()) : f.getValue());
            }
        });
        return target;
    }

    private static ObjectNode withoutNulls(ObjectNode value) {
        return merge(value.objectNode(), value);
    }

    private <T> T valid(ObjectNode body, Class<T> input) {
        T parsed;
        try {
            parsed = json.treeToValue(body, input);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new jakarta.ws.rs.BadRequestException(e);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(parsed);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return parsed;
    }

    private static ObjectNode object(JsonNode body) {
        if (body instanceof ObjectNode o) {
            return o.deepCopy();
        }
        throw new ProblemException(400, "malformed-json", "Malformed JSON", "The request body must be a JSON object.", null);
    }

    /** Equal as JSON, timestamps compared as instants (a client may write 12:00:00Z for 12:00:00.000Z). */
    static boolean same(JsonNode a, JsonNode b) {
        if (a == null || a.isNull()) {
            return b == null || b.isNull();
        }
        if (b == null) {
            return false;
        }
        if (a.equals(b)) {
            return true;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        if (a.isTextual() && b.isTextual()) {
            try {
                return OffsetDateTime.parse(a.asText()).toInstant().equals(OffsetDateTime.parse(b.asText()).toInstant());
            } catch (DateTimeParseException e) {
                return false;
            }
        }
        return false;
    }

    private static Problem.FieldError mayNotChange(String name, JsonNode now) {
        return new Problem.FieldError(name, "is kept by the server and may not change here; send what GET gave ("
                + (now == null ? "nothing" : abbreviate(now.toString())) + ") or leave it out");
    }

    private static Problem.FieldError unknown(String name, Set<String> known) {
        return new Problem.FieldError(name, "unknown field; known fields are: " + String.join(", ", new TreeSet<>(known)));
    }

    private static String abbreviate(String s) {
        return s.length() > 120 ? s.substring(0, 117) + "..." : s;
    }

    private static final PropertyNamingStrategies.SnakeCaseStrategy SNAKE = new PropertyNamingStrategies.SnakeCaseStrategy();

    /** The wire names of a record's fields. */
    static Set<String> fieldsOf(Class<?> record) {
        RecordComponent[] parts = Objects.requireNonNull(record.getRecordComponents(), record + " is not a record");
        Set<String> names = new LinkedHashSet<>();
        Arrays.stream(parts).forEach(p -> names.add(SNAKE.translate(p.getName())));
        return names;
    }
}
