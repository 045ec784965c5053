package io.github.camelchat.simulator.capi;

import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's answer to each client request: auth and connect sequence, the chat requests and their effects, and
 * the error statuses. Loop-confined.
 */
final class RequestHandler {

    private static final Logger LOG = LoggerFactory.getLogger(RequestHandler.class);

    private final ChatWorld world;
    private final Outbox out;
    private final ChannelEvents channels;
    private final Records records;
    private final CapiSwitches switches;
    private final CapiSimulatorOptions options;
    private final Consumer<CapiConnection> closeWithoutStatus;
    private final Consumer<CapiConnection> closeNormally;

    RequestHandler(ChatWorld world, Outbox out, ChannelEvents channels, Records records, CapiSwitches switches,
                   CapiSimulatorOptions options, Consumer<CapiConnection> closeWithoutStatus,
                   Consumer<CapiConnection> closeNormally) {
        this.world = world;
        this.out = out;
        this.channels = channels;
        this.records = records;
        this.switches = switches;
        this.options = options;
        this.closeWithoutStatus = closeWithoutStatus;
        this.closeNormally = closeNormally;
    }

    void handle(CapiConnection c, ClientRequest request) {
        if (c.closed()) {
            return;
        }
        if (request.usedAlias()) {
            LOG.warn("Request {} from key {} uses 'requestId' (a typo in the Alpha documents); the server answers "
                    + "with 'request_id'", request.command(), ApiKeys.mask(c.apiKey));
        }
        if (switches.takeTimeout()) {
            respond(c, request, Status.TIMED_OUT);
            return;
        }
        if (request.malformed()) {
            LOG.debug("Bad request from key {}: {}", ApiKeys.mask(c.apiKey),
                    request.command() == null ? "no readable command" : "payload is not an object");
            respond(c, request, Status.BAD_REQUEST);
            return;
        }
        switch (request.command()) {
            case Commands.AUTHENTICATE -> authenticate(c, request);
            case Commands.CONNECT -> connect(c, request);
            case Commands.DISCONNECT -> disconnect(c, request);
            case Commands.SEND_MESSAGE, Commands.SEND_EMOTE, Commands.SEND_WHISPER, Commands.KICK_USER,
                    Commands.BAN_USER, Commands.UNBAN_USER, Commands.SEND_SET_MODERATOR, Commands.SET_MODERATOR ->
                    chat(c, request);
            default -> {
                LOG.debug("Unknown command {} from key {}", request.command(), ApiKeys.mask(c.apiKey));
                respond(c, request, Status.BAD_REQUEST);
            }
        }
    }

    private void respond(CapiConnection c, ClientRequest request, Status status) {
        if (switches.takeDrop()) {
            LOG.debug("Dropping the {} (switch)", request.responseCommand());
            return;
        }
        out.sendText(c, out.writer().response(request.responseCommand(), request.requestId(), status));
    }

    /** A bad or unknown key gets no response at all: the socket is closed with a status-less Close frame. */
    private void authenticate(CapiConnection c, ClientRequest request) {
        String key = request.apiKey();
        ChatWorld.Bot bot = world.bot(key);
        if (bot == null || switches.closeBeforeAuthResponse()) {
            LOG.info("AuthenticateRequest with {} key {}: closing without a response",
                    bot == null ? "unknown" : "valid (closeBeforeAuthResponse)", ApiKeys.mask(key));
            closeWithoutStatus.accept(c);
            return;
        }
        if (!c.connected) {
            c.apiKey = key;
        }
        LOG.debug("Bot {} authenticated with key {}", bot.toonName, ApiKeys.mask(key));
        respond(c, request, Status.SUCCESS);
    }

    /** ConnectResponse, then the listing, with nothing in between. */
    private void connect(CapiConnection c, ClientRequest request) {
        ChatWorld.Bot bot = world.bot(c.apiKey);
        if (bot == null) {
            respond(c, request, Status.NOT_CONNECTED);
            return;
        }
        if (c.connected) {
            respond(c, request, Status.SUCCESS);
            return;
        }
        c.connected = true;
        respond(c, request, Status.SUCCESS);
        channels.listing(c, bot);
    }

    /** DisconnectResponse, DisconnectEventRequest, then the server closes (1000). */
    private void disconnect(CapiConnection c, ClientRequest request) {
        if (!c.connected || world.bot(c.apiKey) == null) {
            respond(c, request, Status.NOT_CONNECTED);
            return;
        }
        respond(c, request, Status.SUCCESS);
        out.event(c, Commands.DISCONNECT_EVENT, out.writer().empty());
        c.connected = false;
        closeNormally.accept(c);
    }

    private void chat(CapiConnection c, ClientRequest request) {
        ChatWorld.Bot bot = world.bot(c.apiKey);
        if (bot == null || !c.connected) {
            respond(c, request, Status.NOT_CONNECTED);
            return;
        }
        ChatWorld.Channel channel = world.channel(bot.channel);
        String command = request.command();
        String message = request.text("message");
        ChannelUser target = null;
        String toonName = null;
        boolean valid;
        switch (command) {
            case Commands.SEND_MESSAGE, Commands.SEND_EMOTE -> valid = message != null;
            case Commands.SEND_WHISPER -> {
                target = member(channel, request);
                valid = message != null && target != null;
            }
            case Commands.UNBAN_USER -> {
                toonName = request.text("toon_name");
                valid = toonName != null;
            }
            default -> {
                target = member(channel, request);
                valid = target != null;
            }
        }
        if (!valid) {
            LOG.debug("Bad {} from {}: missing field or unknown user", command, bot.toonName);
            respond(c, request, Status.BAD_REQUEST);
            return;
        }
        if (!bot.tryChatRequest(System.nanoTime(), switches.rateLimitRequests(), switches.rateLimitWindow())) {
            LOG.debug("Rate limit: {} of {} refused", command, bot.toonName);
            respond(c, request, Status.RATE_LIMITED);
            return;
        }
        respond(c, request, Status.SUCCESS);
        switch (command) {
            case Commands.SEND_MESSAGE -> {
                records.said(new ChannelLine(channel.name, bot.toonName, MessageType.CHANNEL, message));
                if (options.noOneHearsYou() && channel.members.isEmpty()) {
                    channels.serverMessage(channels.socketsOf(bot), MessageType.SERVER_INFO, "No one hears you.");
                }
            }
            case Commands.SEND_EMOTE -> {
                records.said(new ChannelLine(channel.name, bot.toonName, MessageType.EMOTE, message));
                // The bot's own emote comes back to it; its messages and whispers do not.
                out.event(channels.socketsOf(bot), Commands.MESSAGE_EVENT,
                        out.writer().message(ChatWorld.BOT_USER_ID, message, MessageType.EMOTE));
            }
            case Commands.SEND_WHISPER -> records.whispered(target.toonName(), message);
            case Commands.KICK_USER -> channels.remove(channel, target,
                    target.toonName() + " was kicked out of the channel by " + bot.toonName + ".");
            case Commands.BAN_USER -> {
                channel.bans.put(ChatWorld.lower(target.toonName()), target.toonName());
                channels.remove(channel, target, target.toonName() + " was banned by " + bot.toonName + ".");
            }
            case Commands.UNBAN_USER -> {
                String banned = channel.bans.remove(ChatWorld.lower(toonName));
                if (banned != null) {
                    channels.serverMessage(channels.botsIn(channel), MessageType.SERVER_INFO,
                            banned + " was unbanned by " + bot.toonName + ".");
                } else {
                    channels.serverMessage(channels.socketsOf(bot), MessageType.SERVER_ERROR,
                            "That user is not banned.");
                }
            }
            default -> channels.designate(bot, channel, target);
        }
    }

    /** The channel member the request's user_id names (int or numeric string), or null. */
    private ChannelUser member(ChatWorld.Channel channel, ClientRequest request) {
        Integer id = request.userId();
        return id == null ? null : world.member(channel, id);
    }
}
