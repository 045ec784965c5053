package io.github.camelchat.chatbox;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import io.github.camelchat.chatbox.model.ChatboxCodec;
import io.github.camelchat.chatbox.model.ChatboxDecodeException;
import io.github.camelchat.chatbox.model.ChatboxPacket;
import io.github.camelchat.chatbox.model.ChatboxUser;
import io.github.camelchat.chatbox.model.ClosingPacket;
import io.github.camelchat.chatbox.model.ErrorPacket;
import io.github.camelchat.chatbox.model.HelloPacket;
import io.github.camelchat.chatbox.model.PingPacket;
import io.github.camelchat.chatbox.model.PlayersPacket;
import io.github.camelchat.chatbox.model.Say;
import io.github.camelchat.chatbox.model.SuccessPacket;
import io.github.camelchat.chatbox.model.Tell;
import io.github.camelchat.common.send.ChatException.Reason;
import io.github.camelchat.common.send.Encoded;
import io.github.camelchat.common.session.ChatProtocol;
import io.github.camelchat.common.session.CloseDecision;
import io.github.camelchat.common.session.ProtocolLink;
import io.github.camelchat.common.transport.ConnectRequest;
import io.github.camelchat.common.session.Redactor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chatbox v2 on the session core: the key goes in the path, {@code hello} ends the handshake (a {@code players}
 * packet may come first), {@code success}/{@code error} answer our ids, and close codes decide between reconnecting
 * and giving up. The server's JSON {@code ping} packets are ignored, never answered (RCC replies to an answer with
 * {@code unknown_type}).
 */
final class ChatboxProtocol implements ChatProtocol<ChatboxFrame> {

    private static final Logger LOG = LoggerFactory.getLogger(ChatboxProtocol.class);

    private final ChatboxConfiguration configuration;
    private final ChatboxCodec codec;
    /** Ids of messages whose producer completes on {@code message_queued}. */
    private final java.util.Set<Long> confirmOnQueued = new java.util.HashSet<>();

    // written under the session lock, read by the endpoint from any thread
    private volatile List<ChatboxUser> players = List.of();
    private volatile HelloPacket hello;
    private String closingReason;

    ChatboxProtocol(ChatboxConfiguration configuration, ChatboxCodec codec) {
        this.configuration = configuration;
        this.codec = codec;
    }

    List<ChatboxUser> players() {
        return players;
    }

    HelloPacket hello() {
        return hello;
    }

    @Override
    public CompletableFuture<ConnectRequest> connectRequest() {
        String base = configuration.getUrl().endsWith("/")
                ? configuration.getUrl().substring(0, configuration.getUrl().length() - 1)
                : configuration.getUrl();
        String key = configuration.isGuest() ? "guest" : configuration.getLicenseKey();
        String shown = configuration.isGuest() ? "guest" : Redactor.MASK;
        return CompletableFuture.completedFuture(ConnectRequest.of(URI.create(base + "/" + key), base + "/" + shown,
                java.time.Duration.ofMillis(configuration.getConnectTimeout())));
    }

    @Override
    public void onOpen(ProtocolLink<ChatboxFrame> link) {
        closingReason = null;
        // whatever was pending is resent with new ids
        confirmOnQueued.clear();
    }

    @Override
    public void onText(String frame, ProtocolLink<ChatboxFrame> link) {
        ChatboxPacket packet;
        try {
            packet = codec.decode(frame);
        } catch (ChatboxDecodeException e) {
            LOG.warn("Skipping a malformed chatbox frame: {}", e.getMessage());
            return;
        }
        if (packet == null) {
            // RCC sends the literal frame "null" to sockets opened during a scheduled restart
            return;
        }
        if (packet instanceof SuccessPacket success) {
            onSuccess(success, link);
        } else if (packet instanceof ErrorPacket error) {
            onError(error, link);
        } else if (packet instanceof PingPacket) {
            return;
        } else {
            if (packet instanceof HelloPacket helloPacket) {
                hello = helloPacket;
                link.ready();
            } else if (packet instanceof PlayersPacket playersPacket) {
                players = playersPacket.players() == null ? List.of() : playersPacket.players();
            } else if (packet instanceof ClosingPacket closing) {
                closingReason = closing.closeReason();
            }
            link.emit(new ChatboxFrame(packet, frame));
        }
    }

    private void onSuccess(SuccessPacket success, ProtocolLink<ChatboxFrame> link) {
        if (success.id() == null || success.id() < 0) {
            return;
        }
        if (success.isMessageSent() || (success.isMessageQueued() && confirmOnQueued.contains(success.id()))) {
            confirmOnQueued.remove(success.id());
            link.acknowledge(success.id(), success);
        }
    }

    private void onError(ErrorPacket error, ProtocolLink<ChatboxFrame> link) {
        Long id = error.id();
        if (id == null || id < 0) {
            LOG.warn("Chatbox server reported an error not tied to a message: {} ({})", error.error(), error.message());
            return;
        }
        ChatboxException cause = ChatboxException.fromServer(error.error(), error.message());
        confirmOnQueued.remove(id);
        if (ErrorPacket.RATE_LIMITED.equals(error.error())) {
            // another client on the same license filled the shared server queue: try again later
            link.retry(id, cause);
        } else {
            link.reject(id, cause);
        }
    }

    @Override
    public Encoded encode(Object request, long sequence) throws Exception {
        Object message = request;
        if (request instanceof ChatboxRequest chatboxRequest) {
            message = chatboxRequest.message();
            if (chatboxRequest.confirmOnQueued()) {
                confirmOnQueued.add(sequence);
            }
        }
        if (message instanceof Say say) {
            return new Encoded(codec.encodeSay(say, sequence), sequence);
        }
        if (message instanceof Tell tell) {
            return new Encoded(codec.encodeTell(tell, sequence), sequence);
        }
        throw new ChatboxException(Reason.INVALID, null, "Not a chatbox message: " + message.getClass().getName());
    }

    @Override
    public CloseDecision onClose(int code, String reason) {
        return ChatboxCloseCodes.classify(code, reason, closingReason, configuration.getRestartReconnectDelay());
    }
}
