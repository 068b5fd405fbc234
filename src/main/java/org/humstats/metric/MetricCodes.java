package org.humstats.metric;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;
import org.humstats.common.DataClock;
import org.humstats.common.Snapshot;

/** The codes of the built-in metrics in memory, so that checking a filter sends no statement. */
@ApplicationScoped
public class MetricCodes {

    @Inject
    DataSource dataSource;

    @Inject
    DataClock clock;

    private Snapshot<Set<String>> codes;

    @PostConstruct
    void init() {
        codes = new Snapshot<>(clock, this::read);
    }

    public boolean exists(String code) {
        return codes.get().contains(code);
    }

    private Set<String> read() {
        Set<String> all = new HashSet<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select code from metric");
             ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                all.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the metrics failed: " + e.getMessage(), e);
        }
        return Set.copyOf(all);
    }
}
