package org.humstats.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import org.humstats.aggregate.AggregateRow;
import org.humstats.aggregate.Coverage;
import org.humstats.aggregate.Explanation;
import org.humstats.aggregate.Point;
import org.humstats.aggregate.Series;
import org.humstats.aggregate.SourceValue;

/**
 * Strict reading of request bodies: a figure of 1.5 people, a number sent as "120000",
 * a repeated key or trailing garbage is an error the editor should see, not something to guess at.
 */
@Singleton
public class JsonSettings implements ObjectMapperCustomizer {

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
        // Parts of a counting result that only some rows have are left out rather than sent as null;
        // low/high/value stay, because null there means "unbounded" or "no data".
        mapper.addMixIn(AggregateRow.class, AggregateRowShape.class);
        mapper.addMixIn(Point.class, PointShape.class);
        mapper.addMixIn(Series.class, SeriesShape.class);
    }

    abstract static class AggregateRowShape {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract String source();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract String sourceType();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract Coverage coverage();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract List<SourceValue> sources();

        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract Explanation figures();
    }

    abstract static class PointShape {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract Explanation figures();
    }

    abstract static class SeriesShape {
        @JsonInclude(JsonInclude.Include.NON_NULL)
        abstract LocalDate origin();
    }
}
