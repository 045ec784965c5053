package io.github.camelchat.capi.model;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonValue;

/** The five CAPI events, by the names the {@code events} option and the headers use. */
public enum CapiEventType {
    CONNECT("connect", "Botapichat.ConnectEventRequest"),
    DISCONNECT("disconnect", "Botapichat.DisconnectEventRequest"),
    MESSAGE("message", "Botapichat.MessageEventRequest"),
    USER_UPDATE("userUpdate", "Botapichat.UserUpdateEventRequest"),
    USER_LEAVE("userLeave", "Botapichat.UserLeaveEventRequest");

    private final String shortName;
    private final String command;

    CapiEventType(String shortName, String command) {
        this.shortName = shortName;
        this.command = command;
    }

    @JsonValue
    public String shortName() {
        return shortName;
    }

    /** The wire command, e.g. {@code Botapichat.MessageEventRequest}. */
    public String command() {
        return command;
    }

    /** The event with this wire command, or {@code null}. */
    public static CapiEventType ofCommand(String command) {
        for (CapiEventType type : values()) {
            if (type.command.equals(command)) {
                return type;
            }
        }
        return null;
    }

    /**
     * Parses a comma-separated list of short names ({@code message, userUpdate}), ignoring case.
     *
     * @throws IllegalArgumentException naming the valid values
     */
    public static Set<CapiEventType> parseList(String names) {
        EnumSet<CapiEventType> set = EnumSet.noneOf(CapiEventType.class);
        for (String name : names.split(",")) {
            String n = name.trim();
            if (n.isEmpty()) {
                continue;
            }
            CapiEventType type = Arrays.stream(values())
                    .filter(t -> t.shortName.equalsIgnoreCase(n) || t.name().equalsIgnoreCase(n.replace('-', '_')))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("Unknown CAPI event '" + n
                            + "'; expected one of " + Arrays.stream(values()).map(CapiEventType::shortName)
                                    .collect(Collectors.joining(", "))));
            set.add(type);
        }
        return set;
    }
}
