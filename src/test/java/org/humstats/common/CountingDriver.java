package org.humstats.common;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverPropertyInfo;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.logging.Logger;

/**
 * A JDBC driver for tests that hands every call on to the real driver (H2 or PostgreSQL, chosen by the URL) and writes
 * down each statement the service sends and each commit: what a request costs in round trips, whatever sent it
 * (Hibernate, plain JDBC or a migration). {@code StatementCountTest} runs the service on it.
 */
public final class CountingDriver implements Driver {

    private static final List<String> SENT = new ArrayList<>();
    private static int commits;

    /** Forgets what was counted so far. */
    public static synchronized void reset() {
        SENT.clear();
        commits = 0;
    }

    /** The statements sent since the last {@link #reset}, in order. */
    public static synchronized List<String> statements() {
        return List.copyOf(SENT);
    }

    /** The commits and rollbacks since the last {@link #reset}: a read in autocommit mode has none. */
    public static synchronized int commits() {
        return commits;
    }

    private static synchronized void sent(String sql) {
        SENT.add(sql);
    }

    private static synchronized void committed() {
        commits++;
    }

    private static Driver real(String url) throws SQLException {
        String name = url.startsWith("jdbc:h2:") ? "org.h2.Driver" : url.startsWith("jdbc:postgresql:") ? "org.postgresql.Driver" : null;
        if (name == null) {
            return null;
        }
        try {
            return (Driver) Class.forName(name).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new SQLException("no driver " + name, e);
        }
    }

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        Driver real = real(url);
        if (real == null) {
            return null;
        }
        Connection c = real.connect(url, info);
        return c == null ? null : (Connection) wrap(Connection.class, c, null);
    }

    /** A proxy that counts executions (statements) and commits, and wraps the statements a connection makes. */
    private static Object wrap(Class<?> type, Object target, String preparedSql) {
        InvocationHandler h = (proxy, method, args) -> {
            String name = method.getName();
            if (name.equals("unwrap") && args != null && args[0] instanceof Class<?> c && c.isInstance(proxy)) {
                return proxy;
            }
            if (type == Connection.class && (name.equals("commit") || name.equals("rollback"))) {
                committed();
            }
            if (type != Connection.class && name.startsWith("execute")) {
                sent(args != null && args.length > 0 && args[0] instanceof String s ? s : preparedSql);
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (type == Connection.class && result != null) {
                if (name.equals("prepareStatement")) {
                    return wrap(PreparedStatement.class, result, (String) args[0]);
                }
                if (name.equals("prepareCall")) {
                    return wrap(CallableStatement.class, result, (String) args[0]);
                }
                if (name.equals("createStatement")) {
                    return wrap(Statement.class, result, null);
                }
            }
            return result;
        };
        return Proxy.newProxyInstance(CountingDriver.class.getClassLoader(), new Class<?>[] {type}, h);
    }

    @Override
    public boolean acceptsURL(String url) {
        return url.startsWith("jdbc:h2:") || url.startsWith("jdbc:postgresql:");
    }

    @Override
    public DriverPropertyInfo[] getPropertyInfo(String url, Properties info) throws SQLException {
        Driver real = real(url);
        return real == null ? new DriverPropertyInfo[0] : real.getPropertyInfo(url, info);
    }

    @Override
    public int getMajorVersion() {
        return 1;
    }

    @Override
    public int getMinorVersion() {
        return 0;
    }

    @Override
    public boolean jdbcCompliant() {
        return false;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }
}
