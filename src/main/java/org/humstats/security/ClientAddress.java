package org.humstats.security;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * Who is asking, for the anonymous rate limit: the address of the connection's peer. {@code X-Forwarded-For} and
 * {@code Forwarded} count only where Quarkus is told to trust them ({@code quarkus.http.proxy.*}, see the README);
 * otherwise any client could claim any address. An IPv6 client usually holds a whole /64, so that is one client.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(HttpServerRequest request) {
        SocketAddress remote = request == null ? null : request.remoteAddress();
        String host = remote == null ? null : remote.hostAddress();
        return host == null ? "unknown" : of(host);
    }

    static String of(String host) {
        if (!host.contains(":")) {
            return host;
        }
        try {
            // a literal address: no name is looked up
            byte[] bytes = InetAddress.getByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host).getAddress();
            if (bytes.length != 16) {
                return InetAddress.getByAddress(bytes).getHostAddress();
            }
            Arrays.fill(bytes, 8, 16, (byte) 0);
            return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
        } catch (UnknownHostException e) {
            return host;
        }
    }
}
