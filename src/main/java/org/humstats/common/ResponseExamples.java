package org.humstats.common;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Adds an example body to each documented response, from openapi-examples.json: real answers of the service on its
 * seed data (trimmed), so a journalist in Swagger UI sees what an answer looks like before trying it. Kept in a
 * file because JSON inside Java annotations is unreadable.
 */
public class ResponseExamples implements OASFilter {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        JsonNode examples = load();
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            for (Map.Entry<PathItem.HttpMethod, Operation> op : item.getOperations().entrySet()) {
                if (op.getValue().getResponses() == null) {
                    continue;
                }
                for (Map.Entry<String, APIResponse> r : op.getValue().getResponses().getAPIResponses().entrySet()) {
                    JsonNode example = examples.get(op.getKey() + " " + path + " " + r.getKey());
                    if (example == null) {
                        continue;
                    }
                    APIResponse response = r.getValue();
                    if (response.getContent() == null) {
                        response.setContent(OASFactory.createContent());
                    }
                    String type = example.has("problem") ? "application/problem+json" : "application/json";
                    JsonNode body = example.has("problem") ? example.get("problem") : example;
                    MediaType media = response.getContent().getMediaType(type);
                    if (media == null) {
                        media = OASFactory.createMediaType();
                        response.getContent().addMediaType(type, media);
                    }
                    media.setExample(JSON.convertValue(body, Object.class));
                }
            }
        });
    }

    private static JsonNode load() {
        try (InputStream in = ResponseExamples.class.getClassLoader().getResourceAsStream("openapi-examples.json")) {
            return in == null ? JSON.createObjectNode() : JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
