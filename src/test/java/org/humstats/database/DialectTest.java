package org.humstats.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** What each database flavour must do alike; .ci/run runs it on H2 and on PostgreSQL. */
@QuarkusTest
class DialectTest {

    @Inject
    Dialect dialect;

    @Inject
    DataSource dataSource;

    private static final List<Dialect.Column> DOCUMENT = List.of(new Dialect.Column("id", Types.OTHER),
            new Dialect.Column("title", Types.VARCHAR), new Dialect.Column("url", Types.VARCHAR),
            new Dialect.Column("published_on", Types.DATE), new Dialect.Column("created_at", Types.TIMESTAMP_WITH_TIMEZONE),
            new Dialect.Column("updated_at", Types.TIMESTAMP_WITH_TIMEZONE));

    @Test
    void shouldWriteRowsAndFindThemByArraysOfKeys() throws Exception {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<UUID> ids = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        List<Object[]> rows = new ArrayList<>();
        // Text that CSV-based bulk loading must keep as it is: quotes, commas, a line break, an empty string, a NULL.
        rows.add(new Object[] {ids.get(0), "Report, \"final\"", null, LocalDate.of(2017, 11, 8), now, now});
        rows.add(new Object[] {ids.get(1), "Two\nlines", "", LocalDate.of(2018, 1, 2), now, now});
        rows.add(new Object[] {ids.get(2), "Plain", "https://example.org/a", null, now, now});
        try (Connection c = dataSource.getConnection()) {
            dialect.insert(c, "document", DOCUMENT, rows);
            Dialect.ArrayColumn id = new Dialect.ArrayColumn("id", "uuid");
            Dialect.ArrayColumn published = new Dialect.ArrayColumn("published_on", "date");
            String sql = "select d.title, d.url from " + dialect.arrayTable("k", List.of(id, published))
                    + " join document d on d.id = k.id and d.published_on = k.published_on order by d.title";
            try (PreparedStatement q = c.prepareStatement(sql)) {
                dialect.bindArray(q, 1, id, List.of(ids.get(0), ids.get(1), ids.get(2)));
                dialect.bindArray(q, 2, published, List.of(LocalDate.of(2017, 11, 8), LocalDate.of(2018, 1, 2), LocalDate.of(2000, 1, 1)));
                try (ResultSet rs = q.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals("Report, \"final\"", rs.getString(1));
                    assertEquals(null, rs.getString(2));
                    assertTrue(rs.next());
                    assertEquals("Two\nlines", rs.getString(1));
                    assertEquals("", rs.getString(2));
                    assertTrue(!rs.next(), "the third key's date does not match");
                }
            }
        }
    }

    @Test
    void shouldKeepNoForeignKeyFromTheChangeLogOnEitherDatabase() throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement q = c.prepareStatement("select count(*) from information_schema.table_constraints "
                     + "where lower(table_name) = 'figure_change' and constraint_type = 'FOREIGN KEY'");
             ResultSet rs = q.executeQuery()) {
            rs.next();
            assertEquals(0, rs.getInt(1));
        }
    }
}
