package io.github.camelchat.reliability.rig;

import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.github.camelchat.capi.CapiConstants;
import io.github.camelchat.reliability.Secrets;
import io.github.camelchat.simulator.capi.BotAccount;
import io.github.camelchat.simulator.capi.CapiSimulator;
import io.github.camelchat.simulator.capi.CapiSimulatorOptions;
import io.github.camelchat.simulator.capi.ChannelLine;
import io.github.camelchat.simulator.capi.ChannelUser;

/**
 * CAPI on its simulator: a bot in its own channel with a user, Alice, whose channel messages the consumer receives
 * (the server does not echo the bot's own messages). The server's rate limit is off except in the storm, and its own
 * WebSocket pings come every 30 s, so the client's 1.5 s idle timeout sees only what a scenario lets through.
 */
public final class CapiRig extends ChatRig {

    private static final String CHANNEL = "Reliability";

    private CapiSimulator simulator;
    private BotAccount bot;
    private ChannelUser alice;
    private String key;

    @Override
    public String component() {
        return "capi";
    }

    @Override
    public CapiRig startServer() {
        simulator = CapiSimulator.start(CapiSimulatorOptions.defaults().rateLimit(0, Duration.ofSeconds(1))
                .webSocketPingInterval(Duration.ofSeconds(30)).pongTimeout(Duration.ofSeconds(60)).tls(tls));
        bot = simulator.addBot("Bot", CHANNEL);
        key = Secrets.register(bot.apiKey());
        alice = simulator.join(simulator.user("Alice"));
        return this;
    }

    @Override
    public CapiSimulator simulator() {
        return simulator;
    }

    @Override
    public CapiRig withWrongCredentials() {
        byte[] random = new byte[16];
        ThreadLocalRandom.current().nextBytes(random);
        key = Secrets.register(HexFormat.of().formatHex(random));
        return this;
    }

    @Override
    protected String baseUri() {
        return "capi:bot?url=" + dialable(simulator.url()) + "&apiKey=" + key;
    }

    @Override
    protected String consumerOptions() {
        return "events=message&includeInitialRoster=false&" + producerOptions();
    }

    @Override
    protected String producerOptions() {
        return "sendInterval=10&retryDelay=100";
    }

    @Override
    protected String textHeader() {
        return CapiConstants.MESSAGE;
    }

    @Override
    protected String typeHeader() {
        return CapiConstants.EVENT_TYPE;
    }

    @Override
    public void holdInFlight(boolean on) {
        simulator.setResponseDelay(on ? Duration.ofSeconds(30) : Duration.ZERO);
    }

    /** Requests arriving from now on are answered this much later. */
    public void responseDelay(Duration delay) {
        simulator.setResponseDelay(delay);
    }

    @Override
    public boolean inFlight(int count) {
        return messageFramesReceived() - delivered().size() >= count;
    }

    @Override
    public void rateLimitStorm(boolean on) {
        if (on) {
            simulator.setRateLimit(2, Duration.ofMillis(500));
            simulator.answerNextWithTimeout(2);
        } else {
            simulator.setRateLimit(0, Duration.ofSeconds(1));
        }
    }

    @Override
    public int messageFramesReceived() {
        return (int) framesReceived().stream().filter(f -> f.contains("SendMessageRequest")).count();
    }

    @Override
    public List<String> delivered() {
        return simulator.channelLog().stream().filter(l -> l.toonName().equals(bot.toonName()))
                .map(ChannelLine::text).toList();
    }

    @Override
    public void emitEvent(String text) {
        simulator.say(alice, text);
    }

    @Override
    public List<String> framesReceived() {
        return simulator.received(bot);
    }

    /** Every AuthenticateRequest the simulator received for the bot's key. */
    public int authenticateRequests() {
        return (int) framesReceived().stream().filter(f -> f.contains("AuthenticateRequest")).count();
    }
}
