package org.humstats.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Strict reading of request bodies: a figure of 1.5 people, a number sent as "120000",
 * a repeated key or trailing garbage is an error the editor should see, not something to guess at. Text that is not
 * valid Unicode or holds control characters, a number in a date field (Jackson would read it as days since 1970) and a
 * date outside the years taken are refused at the field that holds them ({@link StoredValues}).
 */
@Singleton
class JsonSettings implements ObjectMapperCustomizer {

    /** Applied last, so that these deserializers win over the date module Quarkus registers. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.registerModule(new SimpleModule("stored-values")
                .addDeserializer(String.class, new TextDeserializer())
                .addDeserializer(LocalDate.class, new DateDeserializer()));
    }

    /** Text as Jackson reads it, refused when it could not be stored and read back. */
    static final class TextDeserializer extends StdScalarDeserializer<String> {
        TextDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String s = com.fasterxml.jackson.databind.deser.std.StringDeserializer.instance.deserialize(p, ctxt);
            String problem = StoredValues.textProblem(s);
            if (problem != null) {
                throw new RefusedValue(p, problem, s, String.class);
            }
            return s;
        }
    }

    /** A date written as YYYY-MM-DD only (never a number or an array), within the years taken. */
    static final class DateDeserializer extends StdScalarDeserializer<LocalDate> {
        DateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw new RefusedValue(p, "must be a date written as text, YYYY-MM-DD (e.g. \"2017-11-08\"), not "
                        + (p.currentToken() != null && p.currentToken().isNumeric() ? "a number" : "this"),
                        p.currentToken() != null && p.currentToken().isScalarValue() ? p.getText() : null, LocalDate.class);
            }
            String text = p.getText().trim();
            LocalDate date;
            try {
                date = LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                throw new RefusedValue(p, "'" + text + "' is not a date in the form YYYY-MM-DD", text, LocalDate.class);
            }
            String problem = StoredValues.dateProblem(date);
            if (problem != null) {
                throw new RefusedValue(p, problem, text, LocalDate.class);
            }
            return date;
        }
    }
}
