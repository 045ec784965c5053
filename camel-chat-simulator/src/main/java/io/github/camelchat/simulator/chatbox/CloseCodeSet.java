package io.github.camelchat.simulator.chatbox;

/**
 * Which numbers the server uses for the close reasons that differ between servers. RCC and SwitchCraft agree on
 * 4000-4005.
 */
public enum CloseCodeSet {
    /** ReconnectedCC rcc-chatbox: fatal_error 4006, unsupported_endpoint 4007. */
    RCC,
    /** SwitchCraft (sc3-rom chatbox.lua): fatal_error 4100, unsupported_endpoint 4101. */
    SWITCHCRAFT
}
