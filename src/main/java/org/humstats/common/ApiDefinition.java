package org.humstats.common;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The front page of the OpenAPI document, written for someone opening Swagger UI for the first time. */
@OpenAPIDefinition(info = @Info(title = "HumStats API", version = "1",
        description = """
                Sourced humanitarian figures — people displaced, killed, armed fighters, refugees, people in need — each \
                attributed to the body that produced it (`source`) and the document that published it (`document`).

                **Rather look than read JSON?** Open the [explorer](/explore?metric=idps&location=SYR): charts of sources \
                side by side, the figures behind each point with their citations, totals by place, a map and downloads.

                **Start here:** find a place with `GET /api/v1/locations?q=Albu Kamal`, list its figures with \
                `GET /api/v1/figures?location=SY0902`, and add them up honestly with `GET /api/v1/aggregates`.

                **Kinds of figure.** A *stock* is a count at a moment (1,500 fighters), a *flow* is what happened during \
                a period (120,000 displaced in recent weeks), a *cumulative* figure is a running total since an origin \
                (330,000 killed since March 2011). Aggregates never add stocks to flows.

                **Conventions.** JSON fields are snake_case, dates `YYYY-MM-DD`, timestamps RFC 3339 UTC. Lists come as \
                `{"data": [...], "page": {"limit", "next_cursor"}}` with a `Link: rel="next"` header; `limit` is 1–10000. \
                Errors are RFC 9457 `application/problem+json`; an unknown or repeated query parameter is an error, never \
                ignored. Reading is open to all; writing needs `Authorization: Bearer <key>` (ask an admin for an editor key).""",
        license = @License(name = "Data: see each figure's source and document")))
@SecurityScheme(securitySchemeName = "apiKey", type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API key: `Authorization: Bearer <key>`. Editors write figures, sources, documents and locations; admins also manage keys.")
public class ApiDefinition extends Application {
}
