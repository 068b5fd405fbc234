package org.humstats.common;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Completes the OpenAPI document with what the code knows but the scanner cannot see, so that the contract says
 * everything a client (or a generated client) must know:
 * <ul>
 *   <li>each query, path and header parameter's real type: the resources take text so that a bad value is a 400 naming
 *   the parameter, but the contract tells the integer and its bounds, the enum and its values, the date format, the
 *   pattern of a code, from one table keyed by the parameter names SPEC.md fixes;</li>
 *   <li>which fields may be null (OpenAPI 3.1: {@code type: [..., "null"]}), from the records themselves;</li>
 *   <li>bounds on every integer and the length of ids, dates and timestamps;</li>
 *   <li>the answers every operation can give besides its own: 401 (a presented key is always checked), 403 and 413
 *   where they apply, 429 (rate limits), 503 (database away), each a problem+json; the RateLimit headers; and an
 *   {@code operationId} for each operation.</li>
 * </ul>
 * Example bodies come from {@link ResponseExamples}, which runs first.
 */
public class ApiContract implements OASFilter {

    private static final String PROBLEM = "application/problem+json";
    private static final BigDecimal INT32_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT32_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal INT64_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal INT64_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
    private static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";
    private static final String LOCATION_CODE = "^[A-Za-z0-9]+([-_][A-Za-z0-9]+)*$";
    private static final String UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
    private static final String STATUS_LIST = "^(all|(reported|verified|disputed|retracted)(,(reported|verified|disputed|retracted))*)$";

    /** The records on the wire, by the schema name the scanner gives them, for which fields may be null. */
    private static final List<String> WIRE_RECORDS = List.of(
            "org.humstats.figure.FigureView", "org.humstats.figure.FigureInput", "org.humstats.document.Citation",
            "org.humstats.document.DocumentView", "org.humstats.document.DocumentInput", "org.humstats.source.SourceView",
            "org.humstats.source.SourceInput", "org.humstats.location.LocationView", "org.humstats.location.LocationView$Ancestor",
            "org.humstats.location.LocationInput", "org.humstats.metric.MetricResource$MetricView",
            "org.humstats.security.ApiKeyService$KeyView", "org.humstats.security.ApiKeyService$NewKey",
            "org.humstats.security.ApiKeyResource$KeyRequest", "org.humstats.ingest.ImportResult",
            "org.humstats.ingest.ImportResult$RowChange", "org.humstats.ingest.ImportResult$FieldChange",
            "org.humstats.location.GazetteerImport$Result", "org.humstats.common.Page$Info",
            "org.humstats.extract.CandidateView", "org.humstats.extract.ExtractionView",
            "org.humstats.extract.ExtractionRequest", "org.humstats.extract.CandidateCorrections");

    /**
     * The longest text each field of an answer can hold: the width of the column it is stored in (V1 schema), or
     * what the code writes (cursors, messages). Request bodies take theirs from their validation annotations.
     */
    private static final Map<String, Integer> STORED_LENGTHS = Map.ofEntries(
            Map.entry("name", 200), Map.entry("description", 1000), Map.entry("unit", 20), Map.entry("hxl", 100),
            Map.entry("code", 64), Map.entry("title", 500), Map.entry("publisher", 64), Map.entry("url", 2000),
            Map.entry("language", 16), Map.entry("metric", 32), Map.entry("location_code", 64),
            Map.entry("location_name", 200), Map.entry("country_code", 3), Map.entry("source", 64),
            Map.entry("source_name", 200), Map.entry("attributed_to", 300), Map.entry("subject", 100),
            Map.entry("quote", 4000), Map.entry("notes", 4000), Map.entry("status_reason", 1000), Map.entry("id", 64),
            Map.entry("acronym", 40), Map.entry("parent_code", 64), Map.entry("key_prefix", 16),
            Map.entry("next_cursor", 512), Map.entry("column", 200), Map.entry("message", 2000), Map.entry("aliases", 200), Map.entry("overlaps", 64),
            Map.entry("review_reason", 1000), Map.entry("location_text", 300), Map.entry("source_text", 300),
            Map.entry("sex", 16), Map.entry("age", 16), Map.entry("cause", 64), Map.entry("text", 1_048_576),
            Map.entry("population_group", 64), Map.entry("sector", 64),
            Map.entry("reason", 1000), Map.entry("action", 6), Map.entry("from", 4000), Map.entry("to", 4000),
            Map.entry("field", 200));

    /** Stable operation ids, by "METHOD path"; an operation missing here gets one made from its method and path. */
    private static final Map<String, String> OPERATION_IDS = Map.ofEntries(
            Map.entry("GET /api/v1/metrics", "listMetrics"),
            Map.entry("GET /api/v1/sources", "listSources"), Map.entry("POST /api/v1/sources", "createSource"),
            Map.entry("GET /api/v1/sources/{id}", "getSource"), Map.entry("PUT /api/v1/sources/{id}", "updateSource"),
            Map.entry("PATCH /api/v1/sources/{id}", "patchSource"),
            Map.entry("GET /api/v1/documents", "listDocuments"), Map.entry("POST /api/v1/documents", "createDocument"),
            Map.entry("GET /api/v1/documents/{id}", "getDocument"), Map.entry("PUT /api/v1/documents/{id}", "updateDocument"),
            Map.entry("PATCH /api/v1/documents/{id}", "patchDocument"),
            Map.entry("GET /api/v1/locations", "listLocations"), Map.entry("POST /api/v1/locations", "createLocation"),
            Map.entry("GET /api/v1/locations/{code}", "getLocation"), Map.entry("PUT /api/v1/locations/{code}", "updateLocation"),
            Map.entry("PATCH /api/v1/locations/{code}", "patchLocation"),
            Map.entry("POST /api/v1/locations/imports", "importGazetteer"),
            Map.entry("GET /api/v1/figures", "listFigures"), Map.entry("POST /api/v1/figures", "createFigure"),
            Map.entry("GET /api/v1/figures/{id}", "getFigure"), Map.entry("PUT /api/v1/figures/{id}", "updateFigure"),
            Map.entry("PATCH /api/v1/figures/{id}", "patchFigure"),
            Map.entry("POST /api/v1/figures/{id}/retraction", "retractFigure"),
            Map.entry("GET /api/v1/aggregates", "getAggregates"), Map.entry("GET /api/v1/timeseries", "getTimeSeries"),
            Map.entry("GET /api/v1/changes", "listChanges"), Map.entry("GET /api/v1/exports/figures", "exportFigures"),
            Map.entry("POST /api/v1/imports", "importFigures"),
            Map.entry("GET /api/v1/keys", "listKeys"), Map.entry("POST /api/v1/keys", "createKey"),
            Map.entry("POST /api/v1/keys/{id}/revocation", "revokeKey"),
            Map.entry("GET /api/v1/extractions", "listExtractions"), Map.entry("POST /api/v1/extractions", "createExtraction"),
            Map.entry("GET /api/v1/extractions/{id}", "getExtraction"),
            Map.entry("POST /api/v1/extractions/{id}/candidates/{cid}/acceptance", "acceptCandidate"),
            Map.entry("POST /api/v1/extractions/{id}/candidates/{cid}/rejection", "rejectCandidate"));

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        new ResponseExamples().filterOpenAPI(openAPI);
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        addSharedParts(components);
        if (components.getSchemas() != null) {
            components.getSchemas().forEach((name, schema) -> boundScalars(schema));
            components.getSchemas().forEach((name, schema) -> boundStoredText(schema));
            markNullable(components.getSchemas());
        }
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry : item.getOperations().entrySet()) {
                completeOperation(path, entry.getKey(), entry.getValue());
            }
        });
    }

    private static void completeOperation(String path, PathItem.HttpMethod method, Operation op) {
        String key = method + " " + path;
        op.setOperationId(OPERATION_IDS.getOrDefault(key, derivedId(method, path)));
        if (op.getParameters() != null) {
            for (Parameter p : op.getParameters()) {
                Schema typed = parameterSchema(path, p);
                if (typed != null) {
                    p.setSchema(typed);
                    p.setExample(typedExample(typed, p.getExample()));
                }
            }
        }
        boundFileBody(path, op);
        if (op.getResponses() == null) {
            op.setResponses(OASFactory.createAPIResponses());
        }
        var responses = op.getResponses();
        boolean secured = op.getSecurity() != null && !op.getSecurity().isEmpty();
        boolean hasInput = (op.getParameters() != null && !op.getParameters().isEmpty()) || op.getRequestBody() != null;
        if (hasInput && !responses.hasAPIResponse("400")) {
            responses.addAPIResponse("400", ref("BadRequest"));
        }
        responses.addAPIResponse("401", ref(secured ? "Unauthorized" : "UnauthorizedKey"));
        if (secured) {
            responses.addAPIResponse("403", ref("Forbidden"));
        }
        if (op.getRequestBody() != null) {
            responses.addAPIResponse("413", ref("TooLarge"));
        }
        responses.addAPIResponse("429", ref("TooManyRequests"));
        responses.addAPIResponse("500", ref("ServerError"));
        responses.addAPIResponse("503", ref("Unavailable"));
        for (Map.Entry<String, APIResponse> r : responses.getAPIResponses().entrySet()) {
            APIResponse response = r.getValue();
            if (response.getRef() != null) {
                continue;
            }
            if (r.getKey().startsWith("2") || r.getKey().startsWith("4")) {
                rateLimitHeaders(response);
            }
            corsHeader(response);
            if (r.getKey().startsWith("4") || r.getKey().startsWith("5")) {
                problemBody(response);
            }
        }
    }

    /**
     * A file sent as the body is text as long as the endpoint's byte limit at most (a character is at least a byte):
     * the default {@code humstats.import.max-bytes} for figure files, the gazetteer's fixed limit for P-code lists.
     */
    private static void boundFileBody(String path, Operation op) {
        if (op.getRequestBody() == null || op.getRequestBody().getContent() == null) {
            return;
        }
        long limit = path.equals("/api/v1/imports") ? 268_435_456L
                : path.equals("/api/v1/locations/imports") ? BodySizeLimit.GAZETTEER_LIMIT : BodySizeLimit.DEFAULT_LIMIT;
        op.getRequestBody().getContent().getMediaTypes().values().forEach(media -> {
            Schema schema = media.getSchema();
            if (schema != null && schema.getType() != null && schema.getType().contains(SchemaType.STRING)
                    && schema.getMaxLength() == null) {
                schema.setMaxLength((int) Math.min(Integer.MAX_VALUE, limit));
            }
        });
    }

    private static String derivedId(PathItem.HttpMethod method, String path) {
        StringBuilder id = new StringBuilder(method.name().toLowerCase());
        for (String part : path.replace("/api/v1/", "").split("/")) {
            String word = part.replaceAll("[{}]", "");
            for (String piece : word.split("[-_]")) {
                if (!piece.isEmpty()) {
                    id.append(Character.toUpperCase(piece.charAt(0))).append(piece.substring(1));
                }
            }
        }
        return id.toString();
    }

    // ---------------------------------------------------------------- parameters

    /** The type of a parameter, by its name (and, where one name means different things, its path). */
    static Schema parameterSchema(String path, Parameter p) {
        String name = p.getName();
        if (p.getIn() == Parameter.In.HEADER) {
            return name.equalsIgnoreCase("If-Match") ? text(200, null) : null;
        }
        if (p.getIn() == Parameter.In.PATH) {
            return switch (name) {
                case "code" -> text(64, LOCATION_CODE);
                case "id" -> path.startsWith("/api/v1/sources") ? text(64, SLUG) : uuid();
                case "cid" -> uuid();
                default -> null;
            };
        }
        return switch (name) {
            case "limit" -> integer(1, PageRequest.MAX_LIMIT, PageRequest.DEFAULT_LIMIT);
            case "cursor", "since" -> text(512, "^[A-Za-z0-9_-]*$");
            case "with_total", "descendants", "explain", "dry_run" -> bool();
            case "from", "to", "period_end" -> date();
            case "updated_since" -> OASFactory.createSchema().addType(SchemaType.STRING).format("date-time").maxLength(35);
            case "metric" -> text(32, "^[a-z0-9]+(_[a-z0-9]+)*$");
            case "location", "parent" -> text(64, LOCATION_CODE);
            case "country" -> text(3, "^[A-Za-z]{3}$");
            case "source", "publisher" -> text(64, SLUG);
            case "q" -> text(200, null);
            case "columns" -> text(2000, null);
            // The breakdown of docs/counting.md#breakdowns; slugs are case-folded by the service.
            case "subject" -> text(100, null);
            case "sex" -> values("all", "female", "male");
            case "age" -> text(16, "^(all|[0-9]{1,3}-[0-9]{1,3}|[0-9]{1,3}\\+)$");
            case "population_group", "sector", "cause" -> text(64, "^[A-Za-z0-9]+([-_][A-Za-z0-9]+)*$");
            case "unit" -> values("people", "households");
            case "kind" -> enumeration("org.humstats.figure.Kind");
            case "source_type" -> enumeration("org.humstats.source.SourceType");
            case "type" -> enumeration(path.startsWith("/api/v1/locations") ? "org.humstats.location.LocationType"
                    : "org.humstats.source.SourceType");
            case "status" -> path.startsWith("/api/v1/extractions") ? choice("open", "reviewed") : text(60, STATUS_LIST);
            case "admin_level", "level" -> integer(0, 3, null);
            case "policy" -> enumeration("org.humstats.aggregate.Policy");
            case "rollup" -> enumeration("org.humstats.aggregate.Rollup");
            case "interval" -> enumeration("org.humstats.aggregate.Interval");
            case "fill" -> enumeration("org.humstats.aggregate.Fill");
            case "group_by" -> enumeration("org.humstats.aggregate.GroupBy");
            case "sort" -> values("period_end", "-period_end", "value", "-value", "updated_at", "-updated_at",
                    "created_at", "-created_at");
            case "format" -> path.startsWith("/api/v1/exports") || path.startsWith("/api/v1/imports")
                    ? values("csv", "hxl", "ndjson") : values("json", "csv");
            default -> text(200, null);
        };
    }

    /** Annotations give every example as text; a boolean or integer parameter shows one of its own type. */
    private static Object typedExample(Schema schema, Object example) {
        if (!(example instanceof String text) || schema.getType() == null) {
            return example;
        }
        if (schema.getType().contains(SchemaType.BOOLEAN)) {
            return Boolean.parseBoolean(text);
        }
        if (schema.getType().contains(SchemaType.INTEGER)) {
            return Integer.parseInt(text);
        }
        return example;
    }

    private static Schema choice(String... values) {
        Schema s = OASFactory.createSchema().addType(SchemaType.STRING);
        for (String v : values) {
            s.addEnumeration(v);
        }
        return s;
    }

    private static Schema text(int maxLength, String pattern) {
        Schema s = OASFactory.createSchema().addType(SchemaType.STRING).maxLength(maxLength);
        return pattern == null ? s : s.pattern(pattern);
    }

    private static Schema uuid() {
        return OASFactory.createSchema().addType(SchemaType.STRING).format("uuid").maxLength(36).pattern(UUID_PATTERN);
    }

    private static Schema date() {
        return OASFactory.createSchema().addType(SchemaType.STRING).format("date").maxLength(10)
                .pattern("^[0-9]{4}-[0-9]{2}-[0-9]{2}$");
    }

    private static Schema bool() {
        return OASFactory.createSchema().addType(SchemaType.BOOLEAN);
    }

    private static Schema integer(int min, int max, Integer fallback) {
        Schema s = OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                .minimum(BigDecimal.valueOf(min)).maximum(BigDecimal.valueOf(max));
        return fallback == null ? s : s.defaultValue(fallback);
    }

    private static Schema values(String... values) {
        return OASFactory.createSchema().addType(SchemaType.STRING).enumeration(new ArrayList<>(Arrays.asList(values)));
    }

    /** The wire names of an enum, read from the enum itself so that the contract cannot drift from the code. */
    private static Schema enumeration(String enumClass) {
        try {
            Object[] constants = Class.forName(enumClass, false, ApiContract.class.getClassLoader()).getEnumConstants();
            List<Object> wire = new ArrayList<>();
            for (Object c : constants) {
                wire.add(((WireNamed) c).wire());
            }
            return OASFactory.createSchema().addType(SchemaType.STRING).enumeration(wire);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("ApiContract names an enum that does not exist: " + enumClass, e);
        }
    }

    // ---------------------------------------------------------------- schemas

    /** Integers get the bounds of their Java type unless validation gave narrower ones; ids and dates a length. */
    private static void boundScalars(Schema schema) {
        if (schema == null) {
            return;
        }
        List<SchemaType> types = schema.getType();
        if (types != null && types.contains(SchemaType.INTEGER)) {
            boolean int32 = "int32".equals(schema.getFormat());
            if (schema.getMinimum() == null && schema.getExclusiveMinimum() == null) {
                schema.setMinimum(int32 ? INT32_MIN : INT64_MIN);
            }
            if (schema.getMaximum() == null && schema.getExclusiveMaximum() == null) {
                schema.setMaximum(int32 ? INT32_MAX : INT64_MAX);
            }
        }
        if (types != null && types.contains(SchemaType.STRING) && schema.getMaxLength() == null && schema.getEnumeration() == null) {
            String format = schema.getFormat();
            if ("uuid".equals(format)) {
                schema.setMaxLength(36);
                schema.setPattern(UUID_PATTERN);
            } else if ("date".equals(format)) {
                schema.setMaxLength(10);
            } else if ("date-time".equals(format)) {
                schema.setMaxLength(35);
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(ApiContract::boundScalars);
        }
        if (schema.getItems() != null) {
            boundScalars(schema.getItems());
        }
    }

    /** Text and lists of an answer: as long as what they are stored in. */
    private static void boundStoredText(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        schema.getProperties().forEach((name, property) -> {
            Schema text = property.getItems() != null ? property.getItems() : property;
            Integer length = STORED_LENGTHS.get(name);
            if (length != null && text.getType() != null && text.getType().contains(SchemaType.STRING)
                    && text.getMaxLength() == null && text.getEnumeration() == null) {
                text.setMaxLength(length);
            }
            if (property.getItems() != null && property.getMaxItems() == null && name.equals("data")) {
                property.setMaxItems(PageRequest.MAX_LIMIT);
            }
            if (property.getItems() != null && property.getMaxItems() == null && name.equals("errors")) {
                property.setMaxItems(0); // an import's 200 answer: a file with any bad row is a 400 instead
            }
            if (property.getItems() != null && property.getMaxItems() == null && name.equals("candidates")) {
                property.setMaxItems(100_000); // at most one per ten characters of a 1 MiB report
            }
            if (property.getItems() != null && property.getMaxItems() == null && name.equals("changes")) {
                property.setMaxItems(1000); // ImportResult.MAX_CHANGES_LISTED
            }
            if (property.getItems() != null && property.getMaxItems() == null && name.equals("fields")) {
                property.setMaxItems(30); // at most every field of a figure
            }
            if (property.getItems() != null && property.getMaxItems() == null && name.equals("aliases")) {
                property.setMaxItems(50);
            }
            if (property.getItems() != null && property.getMaxItems() == null && name.equals("overlaps")) {
                property.setMaxItems(20); // LocationInput allows 20
            }
        });
    }

    /**
     * A field whose Java type is not primitive may be null on the wire: its schema says so. Fields of primitive type
     * are always present in an answer.
     */
    private static void markNullable(Map<String, Schema> schemas) {
        for (String className : WIRE_RECORDS) {
            Class<?> type;
            try {
                type = Class.forName(className, false, ApiContract.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("ApiContract names a record that does not exist: " + className, e);
            }
            org.eclipse.microprofile.openapi.annotations.media.Schema named =
                    type.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
            Schema schema = schemas.get(named != null && !named.name().isEmpty() ? named.name() : type.getSimpleName());
            if (schema == null || schema.getProperties() == null || !type.isRecord()) {
                continue;
            }
            Set<String> required = schema.getRequired() == null ? Set.of() : Set.copyOf(schema.getRequired());
            Map<String, Schema> properties = new LinkedHashMap<>(schema.getProperties());
            for (RecordComponent c : type.getRecordComponents()) {
                String wire = snake(c.getName());
                Schema property = properties.get(wire);
                if (property == null) {
                    continue;
                }
                if (c.getType().isPrimitive()) {
                    if (!type.getSimpleName().endsWith("Input") && !type.getSimpleName().equals("KeyRequest")) {
                        schema.addRequired(wire);
                    }
                } else if (!required.contains(wire)) {
                    properties.put(wire, nullable(property));
                }
            }
            schema.setProperties(properties);
        }
    }

    private static Schema nullable(Schema property) {
        if (property.getRef() != null) {
            return OASFactory.createSchema().addAnyOf(property).addAnyOf(OASFactory.createSchema().addType(SchemaType.NULL))
                    .description(property.getDescription()).examples(property.getExamples());
        }
        if (property.getType() != null && !property.getType().contains(SchemaType.NULL)) {
            property.addType(SchemaType.NULL);
        }
        return property;
    }

    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }

    // ---------------------------------------------------------------- shared answers

    private static APIResponse ref(String name) {
        return OASFactory.createAPIResponse().ref("#/components/responses/" + name);
    }

    private static void addSharedParts(Components components) {
        components.addSchema("Problem", OASFactory.createSchema().addType(SchemaType.OBJECT)
                .description("An RFC 9457 problem: what went wrong, in words a person can act on.")
                .addProperty("type", OASFactory.createSchema().addType(SchemaType.STRING).format("uri").maxLength(200))
                .addProperty("title", OASFactory.createSchema().addType(SchemaType.STRING).maxLength(200))
                .addProperty("status", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int32")
                        .minimum(BigDecimal.valueOf(400)).maximum(BigDecimal.valueOf(599)))
                .addProperty("detail", OASFactory.createSchema().addType(SchemaType.STRING).maxLength(10_000))
                .addProperty("errors", OASFactory.createSchema().addType(SchemaType.ARRAY).maxItems(100_000)
                        .description("With validation problems: each field (or file row and column) and what is wrong with it")
                        .items(OASFactory.createSchema().addType(SchemaType.OBJECT)
                                .addProperty("field", OASFactory.createSchema().addType(SchemaType.STRING).maxLength(200))
                                .addProperty("row", OASFactory.createSchema().addType(SchemaType.INTEGER).format("int64")
                                        .minimum(BigDecimal.ONE).maximum(INT64_MAX))
                                .addProperty("column", OASFactory.createSchema().addType(SchemaType.STRING).maxLength(200))
                                .addProperty("message", OASFactory.createSchema().addType(SchemaType.STRING).maxLength(2000))))
                .addRequired("type").addRequired("title").addRequired("status"));
        header(components, "RateLimit-Limit", "Requests allowed per minute to this caller (its API key, or its address without one)");
        header(components, "RateLimit-Remaining", "Requests left in the current allowance");
        header(components, "RateLimit-Reset", "Seconds until the allowance is full again");
        components.addHeader("RateLimit-Policy", OASFactory.createHeader()
                .description("The limit and its window in seconds, e.g. `300;w=60`")
                .schema(OASFactory.createSchema().addType(SchemaType.STRING).maxLength(40).pattern("^[0-9]+;w=[0-9]+$")));
        header(components, "Retry-After", "Seconds after which the same request may succeed");
        components.addHeader("Access-Control-Allow-Origin", OASFactory.createHeader()
                .description("Sent to browsers calling from another web origin (CORS): that origin, when it is allowed "
                        + "(by default any http(s) origin, never `null`)")
                .schema(OASFactory.createSchema().addType(SchemaType.STRING).maxLength(2000)));

        sharedProblem(components, "BadRequest", 400, "A parameter or field is invalid, unknown or repeated; `errors` names each one",
                "invalid-parameter", "Invalid parameter", "Parameter 'limit': must be between 1 and 10000, got 20000", false);
        sharedProblem(components, "Unauthorized", 401, "No API key, or a key that is unknown, revoked or expired",
                "unauthorized", "Unauthorized", "This request changes data and needs an API key: send 'Authorization: Bearer <key>'.", false);
        sharedProblem(components, "UnauthorizedKey", 401, "Reading needs no key, but a key that is sent is checked: unknown, revoked or expired is refused",
                "unauthorized", "Unauthorized", "The API key expired at 2027-01-01T00:00:00Z. Ask an admin for a new key.", false);
        sharedProblem(components, "Forbidden", 403, "The key's role is too small (an editor key where an admin key is needed)",
                "forbidden", "Forbidden", "This needs an admin key; yours is an editor key.", false);
        sharedProblem(components, "TooLarge", 413, "The request body is larger than this endpoint accepts",
                "payload-too-large", "Request body too large", "The request body is larger than this endpoint accepts (1048576 bytes).", false);
        sharedProblem(components, "TooManyRequests", 429, "The caller's rate limit is used up; Retry-After says when to try again",
                "rate-limited", "Too many requests", "More than 300 requests in a minute from this address without an API key. Try again in 1 s.", true);
        sharedProblem(components, "ServerError", 500, "A fault of the service (never expected; it is logged)",
                "internal", "Internal Server Error", "The server failed to handle the request. It has been logged.", false);
        sharedProblem(components, "Unavailable", 503, "The database cannot be reached, or the service is busy; Retry-After says when to try again",
                "unavailable", "Service unavailable", "The database cannot be reached just now. Try again in a few seconds.", true);
    }

    private static void header(Components components, String name, String description) {
        components.addHeader(name, OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(SchemaType.INTEGER).format("int64")
                        .minimum(BigDecimal.ZERO).maximum(INT64_MAX)));
    }

    private static void sharedProblem(Components components, String name, int status, String description, String type,
                                      String title, String detail, boolean retryAfter) {
        APIResponse response = OASFactory.createAPIResponse().description(description);
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", ProblemMappers.typeUri(type));
        example.put("title", title);
        example.put("status", status);
        example.put("detail", detail);
        response.setContent(OASFactory.createContent().addMediaType(PROBLEM, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem")).example(example)));
        if (status < 500) {
            rateLimitHeaders(response);
        }
        corsHeader(response);
        if (retryAfter) {
            response.addHeader("Retry-After", headerRef("Retry-After"));
        }
        components.addResponse(name, response);
    }

    private static Header headerRef(String name) {
        return OASFactory.createHeader().ref("#/components/headers/" + name);
    }

    private static void rateLimitHeaders(APIResponse response) {
        for (String name : List.of("RateLimit-Limit", "RateLimit-Remaining", "RateLimit-Reset", "RateLimit-Policy")) {
            if (response.getHeaders() == null || !response.getHeaders().containsKey(name)) {
                response.addHeader(name, headerRef(name));
            }
        }
    }

    private static void corsHeader(APIResponse response) {
        if (response.getHeaders() == null || !response.getHeaders().containsKey("Access-Control-Allow-Origin")) {
            response.addHeader("Access-Control-Allow-Origin", headerRef("Access-Control-Allow-Origin"));
        }
    }

    /** A documented 4xx or 5xx of an operation's own is a problem+json too. */
    private static void problemBody(APIResponse response) {
        if (response.getContent() == null) {
            response.setContent(OASFactory.createContent());
        }
        var media = response.getContent().getMediaType(PROBLEM);
        if (media == null) {
            media = OASFactory.createMediaType();
            response.getContent().addMediaType(PROBLEM, media);
        }
        if (media.getSchema() == null) {
            media.setSchema(OASFactory.createSchema().ref("#/components/schemas/Problem"));
        }
        // an error answer has no application/json body; an empty one left by the scanner only confuses readers
        var json = response.getContent().getMediaType("application/json");
        if (json != null && json.getExample() == null && json.getExamples() == null) {
            response.getContent().removeMediaType("application/json");
        }
    }
}
