package org.humstats.extract;

import jakarta.validation.Valid;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.humstats.document.DocumentInput;

/** A report to read: its text and the document it is (embedded, or the id of a stored one). */
@Schema(name = "ExtractionRequest", description = "A report to read, in English, with the document it is.")
public record ExtractionRequest(
        @Schema(description = "The report as plain text (English; other languages give few or no candidates). At most 1 MiB "
                + "of request body.", example = "In recent weeks, an estimated 120,000 people have been displaced from Albu "
                + "Kamal alone, said Linda Tom from the United Nations' humanitarian affairs coordination office in Damascus.")
        String text,
        @Schema(description = "The document, created with the extraction (or reused when its id exists with the same content). "
                + "Its published_on is required: \"in recent weeks\" and dates without a year are read from it.")
        @Valid DocumentInput document,
        @Schema(description = "Id of a stored document instead of `document`; it needs a published_on",
                example = "5eed0d00-0000-4000-8000-000000000001")
        UUID documentId) {
}
