package org.humstats.source;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.humstats.common.DataClock;
import org.humstats.common.Snapshot;
import org.humstats.common.WireNamed;

/**
 * Every source's name and type in memory, for the reads that show them beside each figure: a figure page needs no
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

    private Snapshot<Map<String, Named>> sources;

    @PostConstruct
    void init() {
        sources = new Snapshot<>(clock, this::read);
    }

    /** The source with this id, if there is one. */
    public Optional<Named> find(String id) {
        Named n = sources.get().get(id);
        if (n == null && id != null && existsInDatabase(id)) {
            sources.forget();
            n = sources.get().get(id);
        }
        return Optional.ofNullable(n);
    }

    /** The source of a stored figure; no statement unless this instance has not seen it yet. */
    public Named of(String id) {
        Named n = sources.get().get(id);
        return n != null ? n : find(id).orElse(null);
    }

    private Map<String, Named> read() {
        Map<String, Named> byId = new HashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select id, name, type from source");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                String type = rs.getString(3);
                byId.put(rs.getString(1), new Named(rs.getString(1), rs.getString(2),
                        type == null ? null : WireNamed.find(SourceType.class, type).orElse(null)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the sources failed: " + e.getMessage(), e);
        }
        return Map.copyOf(byId);
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
