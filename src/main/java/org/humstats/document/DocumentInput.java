package org.humstats.document;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DocumentInput", description = "A document in which figures were published.")
public record DocumentInput(
        @Schema(description = "UUID; leave out to let the server choose one", example = "0b6f3c0e-8d7a-4a51-9c55-1d7e2f0a9b11")
        UUID id,
        @Schema(description = "Title as published", example = "Syrian regime, allies recapture last IS stronghold of Albu Kamal")
        @NotBlank @Size(max = 500) String title,
        @Schema(description = "Source id of the publisher", example = "the-new-arab")
        @Size(max = 64) String publisher,
        @Schema(description = "Where to read it", example = "https://www.newarab.com/news/syrian-regime-allies-recapture-albu-kamal")
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String url,
        @Schema(description = "Publication date", example = "2017-11-08")
        LocalDate publishedOn,
        @Schema(description = "When it was retrieved (RFC 3339)", example = "2017-11-09T10:00:00Z")
        Instant retrievedAt,
        @Schema(description = "Language tag (BCP 47)", example = "en")
        @Size(max = 16) @Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*", message = "must be a language tag such as en or ar")
        String language) {
}
