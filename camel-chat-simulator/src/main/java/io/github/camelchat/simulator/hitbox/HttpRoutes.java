package io.github.camelchat.simulator.hitbox;

import java.util.List;
import java.util.Set;
import java.util.function.IntSupplier;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plain HTTP side: the chat server list under every URL it has had, and the Socket.IO 0.9 handshake. Routed by
 * path alone, so a proxy-form request ({@code GET http://www.hitbox.tv/api/chat/servers?redis=true}, what a client
 * sends through {@code HTTP_PROXY}) reaches the same route as {@code GET /api/chat/servers?redis=true}.
 * Loop-confined.
 */
final class HttpRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(HttpRoutes.class);
    private static final Set<String> SERVER_LISTS = Set.of("/chat/servers", "/api/chat/servers",
            "/chat/servers.json", "/api/chat/servers.json");
    /** The list before the redis one: each entry also said what it was and that it was on. */
    private static final String OLD_LIST = "/api/chat/servers";
    private static final String HANDSHAKE = "/socket.io/1";

    private final HitboxSimulatorOptions options;
    private final HitboxSwitches switches;
    private final Sessions sessions;
    private final Records records;
    private final ObjectMapper json;
    private final IntSupplier port;

    HttpRoutes(HitboxSimulatorOptions options, HitboxSwitches switches, Sessions sessions, Records records,
               ObjectMapper json, IntSupplier port) {
        this.options = options;
        this.switches = switches;
        this.sessions = sessions;
        this.records = records;
        this.json = json;
        this.port = port;
    }

    void handle(HttpServerRequest request) {
        String path = stripSlash(request.path());
        LOG.debug("{} {}", request.method(), request.uri());
        if (SERVER_LISTS.contains(path)) {
            serverList(request, path);
        } else if (HANDSHAKE.equals(path)) {
            handshake(request);
        } else {
            request.response().setStatusCode(404).end();
        }
    }

    private static String stripSlash(String path) {
        if (path == null || path.isEmpty()) {
            return "/";
        }
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** This simulator's {@code host:port}, what {@link HitboxSimulatorOptions#SELF} stands for. */
    String self() {
        return options.host() + ":" + port.getAsInt();
    }

    private void serverList(HttpServerRequest request, String path) {
        int status = switches.serverListStatus();
        if (status != 200) {
            request.response().setStatusCode(status).end();
            return;
        }
        boolean old = OLD_LIST.equals(path) && !"true".equals(request.getParam("redis"));
        ArrayNode list = json.createArrayNode();
        for (String entry : switches.serverList()) {
            ObjectNode server = list.addObject().put("server_ip", HitboxSimulatorOptions.SELF.equals(entry)
                    ? self() : entry);
            if (old) {
                server.put("server_type", "chat").put("server_enabled", "1");
            }
        }
        request.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                .end(list.toString());
    }

    private void handshake(HttpServerRequest request) {
        records.handshake();
        HttpServerResponse response = request.response().putHeader(HttpHeaders.CONTENT_TYPE, "text/plain");
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin != null) {
            response.putHeader("Access-Control-Allow-Origin", origin)
                    .putHeader("Access-Control-Allow-Credentials", "true");
        }
        int status = switches.handshakeStatus();
        if (status != 200) {
            // The 0.9 server's texts for a refused and a failed authorisation.
            response.setStatusCode(status).end(status == 401 || status == 403
                    ? "handshake unauthorized" : "handshake error");
            return;
        }
        response.end(String.join(":", List.of(sessions.issue(),
                Integer.toString(options.handshakeHeartbeatTimeout()),
                Integer.toString(options.handshakeCloseTimeout()),
                options.transports())));
    }
}
