package org.humstats.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.humstats.common.Problem.FieldError;
import org.humstats.common.ProblemException;

/**
 * An editor's corrections read as a JSON merge patch: which fields were sent, and with what (null clears). The fields and
 * their types are those of {@link CandidateCorrections}, so the API document and this reading cannot drift apart.
 */
final class Corrections {

    static final Corrections NONE = new Corrections(Map.of());

    private static final Map<String, Class<?>> FIELDS = new LinkedHashMap<>();

    static {
        var snake = (PropertyNamingStrategies.SnakeCaseStrategy) PropertyNamingStrategies.SNAKE_CASE;
        for (RecordComponent c : CandidateCorrections.class.getRecordComponents()) {
            FIELDS.put(snake.translate(c.getName()), c.getType());
        }
    }

    private final Map<String, Object> sent;

    private Corrections(Map<String, Object> sent) {
        this.sent = sent;
    }

    /** Every problem of the body at once: unknown fields and values of the wrong type. */
    static Corrections read(JsonNode body, ObjectMapper json) {
        if (body == null || body.isNull() || (body.isObject() && body.isEmpty())) {
            return NONE;
        }
        if (!body.isObject()) {
            throw ProblemException.badRequest("The corrections must be a JSON object, e.g. {\"value\": 12000}; send no body "
                    + "to accept the candidate as proposed.");
        }
        Map<String, Object> sent = new HashMap<>();
        List<FieldError> errors = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Class<?> type = FIELDS.get(e.getKey());
            if (type == null) {
                errors.add(new FieldError(e.getKey(), "unknown field; known fields are: " + String.join(", ", FIELDS.keySet())));
                continue;
            }
            if (e.getValue().isNull()) {
                sent.put(e.getKey(), null);
                continue;
            }
            try {
                sent.put(e.getKey(), json.convertValue(e.getValue(), type));
            } catch (IllegalArgumentException bad) {
                errors.add(new FieldError(e.getKey(), "'" + e.getValue().asText() + "' is not a valid "
                        + type.getSimpleName().toLowerCase(java.util.Locale.ROOT)));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        return new Corrections(sent);
    }

    boolean sent(String field) {
        return sent.containsKey(field);
    }

    /** The corrected value: the candidate's when the field was not sent, null when it was sent as null. */
    @SuppressWarnings("unchecked")
    <T> T pick(String field, T original) {
        if (!FIELDS.containsKey(field)) {
            throw new IllegalArgumentException("not a correctable field: " + field);
        }
        return sent.containsKey(field) ? (T) sent.get(field) : original;
    }
}
