package org.humstats.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A source as an editor sends it. On PUT the id comes from the path and may be left out of the body. */
@Schema(name = "SourceInput", description = "A body that produces estimates.")
public record SourceInput(
        @Schema(description = "Slug of lower-case letters, digits and hyphens", example = "un-ocha")
        @Size(max = 64) @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "must be a slug of lower-case letters, digits and hyphens, e.g. un-ocha")
        String id,
        @Schema(description = "Full name", example = "United Nations Office for the Coordination of Humanitarian Affairs")
        @NotBlank @Size(max = 200) String name,
        @Schema(description = "Short name", example = "OCHA")
        @Size(max = 40) String acronym,
        @Schema(description = "What kind of body this is", example = "un_agency")
        @NotNull SourceType type,
        @Schema(description = "Home page", example = "https://www.unocha.org")
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String url,
        @Schema(description = "Higher wins when sources disagree under policy=preferred; default 0", example = "10")
        Integer priority,
        @Schema(description = "Other names reports use for this body: long-hand names and acronyms. Matched case- and "
                + "accent-insensitively, like location aliases; an all-capitals alias (an acronym) only in capitals.",
                example = "[\"UN OCHA\", \"United Nations' humanitarian affairs coordination office\"]")
        @Size(max = 50) List<@NotBlank @Size(max = 200) String> aliases) {
}
