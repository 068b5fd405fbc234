package org.humstats.metric;

import io.quarkus.panache.common.Sort;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.humstats.common.Page;

@Path("/api/v1/metrics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Metrics", description = "What HumStats counts: displaced, killed, fighters, refugees, people in need …")
public class MetricResource {

    /** How a metric looks on the wire. */
    public record MetricView(String code, String name, String description, String unit, String hxl) {
        static MetricView of(Metric m) {
            return new MetricView(m.code, m.name, m.description, m.unit, m.hxl);
        }
    }

    @GET
    @Operation(summary = "List the metrics",
            description = "Every metric a figure can have, with its unit and HXL hashtag. The list is built in and short, "
                    + "so it always comes as one page.")
    public Page<MetricView> list() {
        List<MetricView> data = Metric.<Metric>listAll(Sort.by("sortOrder")).stream().map(MetricView::of).toList();
        return new Page<>(data, new Page.Info(data.size(), null, null));
    }
}
