package io.github.camelchat.hitbox.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Canned frames from {@code src/test/resources/frames/}. */
public final class Frames {

    private static final ObjectMapper PLAIN = new ObjectMapper();

    /** Every canned {@code {method,params}} message. */
    public static final List<String> MESSAGES = List.of(
            "loginMsg.json", "loginMsg-guest.json",
            "chatMsg.json", "chatMsg-backlog.json", "chatMsg-backlog-last.json", "chatMsg-me.json",
            "chatMsg-strings.json", "chatMsg-smashcast.json",
            "directMsg.json", "infoMsg.json", "infoMsg-directmsg.json", "infoMsg-subscriber.json",
            "infoMsg-viewers.json", "chatLog.json", "chatLog-backlog-last.json", "slowMsg.json",
            "motdMsg.json", "motdMsg-iso.json", "userList.json", "userList-guests.json",
            "userInfo.json", "userInfo-banned.json", "banList.json", "mediaLog.json",
            "pollMsg.json", "pollMsg-ended.json", "raffleMsg.json", "raffleMsg-delete.json",
            "winnerRaffle.json", "winnerMsg.json", "serverMsg-resourceUpdate.json",
            "serverMsg-hostModeUpdate.json", "notifyMsg.json", "unknown-method.json");

    private Frames() {
    }

    /** A resource, without its trailing line break. */
    public static String load(String name) {
        try (InputStream in = Frames.class.getResourceAsStream("/frames/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No frame " + name);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The event data the real server sends: the message double-encoded as a JSON string in args[0]. */
    public static String serverEvent(String messageJson) {
        try {
            return "{\"name\":\"message\",\"args\":[" + PLAIN.writeValueAsString(messageJson) + "]}";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The event data as the docs show it: the message as an object in args[0]. */
    public static String objectEvent(String messageJson) {
        return "{\"name\":\"message\",\"args\":[" + messageJson + "]}";
    }
}
