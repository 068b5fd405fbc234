package org.humstats.source;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.humstats.common.DataClock;
import org.humstats.common.Snapshot;
import org.humstats.common.WireNamed;

/**
 * Every source's name, type and aliases in memory, for the reads that show them beside each figure: a figure page needs no
 * statement for them. Read again after any change ({@link DataClock}); an id not found is looked up in the database
 * before it is called unknown.
 */
@ApplicationScoped
public class SourceNames {

    /** What a figure shows of its source. */
    public record Named(String id, String name, SourceType type) {
    }

    @Inject
    DataSource dataSource;

    @Inject
    DataClock clock;

    /** Every source by id, and the aliases of each in the database's order. */
    private record Catalog(Map<String, Named> byId, Map<String, List<String>> aliases) {
    }

    private Snapshot<Catalog> sources;

    @PostConstruct
    void init() {
        sources = new Snapshot<>(clock, this::read);
    }

    /** The source with this id, if there is one. */
    public Optional<Named> find(String id) {
        Named n = sources.get().byId().get(id);
        if (n == null && id != null && existsInDatabase(id)) {
            sources.forget();
            n = sources.get().byId().get(id);
        }
        return Optional.ofNullable(n);
    }

    /**
     * Makes sure the memory is current; a caller about to hold a connection for a while calls it first, so that no
     * reload has to wait for a connection meanwhile.
     */
    public void ready() {
        sources.get();
    }

    /** The source of a stored figure; no statement unless this instance has not seen it yet. */
    public Named of(String id) {
        Named n = sources.get().byId().get(id);
        return n != null ? n : find(id).orElse(null);
    }

    /** The aliases of a source, sorted (empty for none). */
    public List<String> aliasesOf(String id) {
        return sources.get().aliases().getOrDefault(id, List.of());
    }

    private Catalog read() {
        Map<String, Named> byId = new HashMap<>();
        Map<String, List<String>> aliases = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("select id, name, type from source");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String type = rs.getString(3);
                    byId.put(rs.getString(1), new Named(rs.getString(1), rs.getString(2),
                            type == null ? null : WireNamed.find(SourceType.class, type).orElse(null)));
                }
            }
            try (PreparedStatement s = c.prepareStatement("select source_id, alias from source_alias order by source_id, alias");
                 ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    aliases.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the sources failed: " + e.getMessage(), e);
        }
        aliases.replaceAll((k, v) -> List.copyOf(v));
        return new Catalog(Map.copyOf(byId), Map.copyOf(aliases));
    }

    private boolean existsInDatabase(String id) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select 1 from source where id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("looking up source " + id + " failed: " + e.getMessage(), e);
        }
    }
}
