package io.github.camelchat.capi;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.github.camelchat.capi.model.CapiCodec;
import io.github.camelchat.capi.model.CapiDecodeException;
import io.github.camelchat.capi.model.CapiEvent;
import io.github.camelchat.capi.model.CapiFrame;
import io.github.camelchat.capi.model.ConnectEvent;
import io.github.camelchat.capi.model.MessageEvent;
import io.github.camelchat.capi.model.UserLeaveEvent;
import io.github.camelchat.capi.model.UserUpdateEvent;
import io.github.camelchat.common.send.Encoded;
import io.github.camelchat.common.session.ChatProtocol;
import io.github.camelchat.common.session.CloseDecision;
import io.github.camelchat.common.session.ProtocolLink;
import io.github.camelchat.common.transport.ConnectRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CAPI on the session core. After every (re)connect: authenticate, then connect to chat; a socket closed before the
 * authenticate response is the server's answer to a bad key and is fatal. Responses are correlated by
 * {@code request_id} plus response command; area-6 answers are retried, 8/1 reconnects. The channel roster is kept so
 * messages can be attributed although the wire only carries user ids.
 */
final class CapiProtocol implements ChatProtocol<CapiInbound> {

    private static final Logger LOG = LoggerFactory.getLogger(CapiProtocol.class);

    static final String AUTHENTICATE = "Botapiauth.AuthenticateRequest";
    static final String AUTHENTICATE_RESPONSE = "Botapiauth.AuthenticateResponse";
    static final String CONNECT = "Botapichat.ConnectRequest";
    static final String CONNECT_RESPONSE = "Botapichat.ConnectResponse";

    private enum Phase { CLOSED, AUTHENTICATING, CONNECTING, CONNECTED }

    private final CapiConfiguration configuration;
    private final CapiCodec codec;
    private final CapiRoster roster = new CapiRoster();

    private Phase phase = Phase.CLOSED;
    /** From the ConnectResponse to the bot's own update after the ConnectEvent: the member listing, not live joins. */
    private boolean listing;
    private boolean channelEntered;
    private long handshakeIds;
    private volatile String channel;

    CapiProtocol(CapiConfiguration configuration, CapiCodec codec) {
        this.configuration = configuration;
        this.codec = codec;
    }

    CapiRoster roster() {
        return roster;
    }

    String channel() {
        return channel;
    }

    static String correlationKey(long requestId, String responseCommand) {
        return requestId + "/" + responseCommand;
    }

    @Override
    public CompletableFuture<ConnectRequest> connectRequest() {
        phase = Phase.CLOSED;
        // the key travels in the first frame, not in the URL: the URL is safe to show
        String url = configuration.getUrl();
        List<String> subprotocols = configuration.getSubprotocol() == null ? List.of() : List.of(configuration.getSubprotocol());
        return CompletableFuture.completedFuture(new ConnectRequest(URI.create(url), url, Map.of(), subprotocols,
                Duration.ofMillis(configuration.getConnectTimeout())));
    }

    @Override
    public void onOpen(ProtocolLink<CapiInbound> link) {
        roster.clear(); // user ids are valid for one connection only
        listing = false;
        phase = Phase.AUTHENTICATING;
        link.send(codec.encode(AUTHENTICATE, ++handshakeIds, Map.of("api_key", configuration.getApiKey())));
    }

    @Override
    public void onText(String text, ProtocolLink<CapiInbound> link) {
        CapiFrame frame;
        try {
            // one pass: an event frame comes back with its event already decoded
            frame = codec.decode(text);
        } catch (CapiDecodeException e) {
            if (e.isEventPayload()) {
                LOG.warn("Skipping a malformed CAPI event: {}", e.getMessage());
            } else {
                LOG.warn("Skipping a malformed CAPI frame: {}", e.getMessage());
            }
            return;
        }
        CapiEvent event = frame.event();
        if (event != null) {
            onEvent(event, text, link);
        } else if (frame.isResponse()) {
            onResponse(frame, link);
        } else {
            LOG.debug("Ignoring unknown CAPI command {}", frame.command());
        }
    }

    private void onResponse(CapiFrame frame, ProtocolLink<CapiInbound> link) {
        if (phase == Phase.AUTHENTICATING && AUTHENTICATE_RESPONSE.equals(frame.command())) {
            if (frame.isSuccess()) {
                phase = Phase.CONNECTING;
                link.send(codec.encode(CONNECT, ++handshakeIds, Map.of()));
            } else {
                link.fail("API key rejected: " + frame.status());
            }
            return;
        }
        if (phase == Phase.CONNECTING && CONNECT_RESPONSE.equals(frame.command())) {
            if (frame.isSuccess()) {
                phase = Phase.CONNECTED;
                listing = true;
                channelEntered = false;
                link.ready();
            } else {
                link.reconnect("ConnectRequest refused: " + frame.status());
            }
            return;
        }
        if (frame.requestId() == null) {
            LOG.warn("Ignoring a CAPI response without request_id: {}", frame.command());
            return;
        }
        String key = correlationKey(frame.requestId(), frame.command());
        if (frame.isSuccess()) {
            link.acknowledge(key, frame);
            return;
        }
        CapiException refusal = CapiException.fromStatus(frame.command().replace("Response", "Request"), frame.status());
        if (frame.status().isNotConnected()) {
            // the server lost the bot's chat connection: send again after a fresh authenticate + connect
            link.retry(key, refusal);
            link.reconnect("server reports the bot is not connected to chat (8/1)");
        } else if (frame.status().isRetryable()) {
            link.retry(key, refusal);
        } else {
            link.reject(key, refusal);
        }
    }

    private void onEvent(CapiEvent event, String text, ProtocolLink<CapiInbound> link) {
        boolean initial = false;
        CapiRoster.Member sender = null;
        switch (event.kind()) {
            case MESSAGE -> sender = roster.get(((MessageEvent) event).userId());
            case USER_UPDATE -> {
                UserUpdateEvent update = (UserUpdateEvent) event;
                sender = roster.apply(update);
                if (listing) {
                    initial = true;
                    // the listing ends with the bot's own update once it is in the channel
                    listing = !(channelEntered && update.userId() == CapiRoster.SELF);
                }
            }
            case USER_LEAVE -> sender = roster.remove(((UserLeaveEvent) event).userId());
            case CONNECT -> {
                channel = ((ConnectEvent) event).channel();
                channelEntered = true;
            }
            case DISCONNECT -> {
                // nothing to track: the server closes the socket next
            }
        }
        link.emit(new CapiInbound(event, text, sender, channel, initial));
    }

    @Override
    public Encoded encode(Object message, long sequence) throws Exception {
        if (!(message instanceof CapiRequest request)) {
            throw CapiException.invalid("Not a CAPI request: " + message.getClass().getName());
        }
        CapiOperation operation = request.operation();
        Map<String, Object> payload = new LinkedHashMap<>();
        if (operation.carriesText()) {
            payload.put("message", request.text());
        }
        if (operation == CapiOperation.unbanUser) {
            payload.put("toon_name", unbanName(request));
        } else if (operation.needsTarget()) {
            payload.put("user_id", targetId(request));
        }
        return new Encoded(codec.encode(operation.command(), sequence, payload),
                correlationKey(sequence, operation.responseCommand()));
    }

    /** Resolved when written, since ids are only valid for the current connection. */
    private long targetId(CapiRequest request) throws CapiException {
        if (request.targetUserId() != null) {
            return request.targetUserId();
        }
        CapiRoster.Member member = request.targetName() == null ? null : roster.byName(request.targetName());
        if (member == null) {
            throw CapiException.invalid("User '" + request.targetName() + "' is not in the channel"
                    + (channel == null ? "" : " " + channel));
        }
        return member.userId();
    }

    private String unbanName(CapiRequest request) throws CapiException {
        if (request.targetName() != null) {
            return request.targetName();
        }
        CapiRoster.Member member = request.targetUserId() == null ? null : roster.get(request.targetUserId());
        if (member == null || member.toonName() == null) {
            throw CapiException.invalid("unbanUser needs a toon name: user " + request.targetUserId() + " is not in the roster");
        }
        return member.toonName();
    }

    /** The real server's only answer to a bad or expired key: closing without a status before authenticating. */
    private static final int NO_STATUS = 1005;

    @Override
    public CloseDecision onClose(int code, String reason) {
        return lost("closed by server with code " + code + (reason == null || reason.isBlank() ? "" : " (" + reason + ")"),
                code == NO_STATUS);
    }

    @Override
    public CloseDecision onError(Throwable error) {
        // a drop or a silent server is not a rejection: only a status-less close answers a bad key
        return lost(ChatProtocol.describe(error), false);
    }

    private CloseDecision lost(String what, boolean rejectionClose) {
        Phase was = phase;
        phase = Phase.CLOSED;
        if (was == Phase.AUTHENTICATING && rejectionClose) {
            return CloseDecision.fatal("API key rejected: the server closed the connection before answering the"
                    + " authentication request (" + what + ")");
        }
        return CloseDecision.retry(what);
    }
}
