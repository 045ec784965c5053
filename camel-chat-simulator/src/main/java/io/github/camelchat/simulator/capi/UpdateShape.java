package io.github.camelchat.simulator.capi;

/** How a {@code UserUpdateEventRequest} carries flags and attributes. */
public enum UpdateShape {
    /**
     * What the live server sent: {@code "flag":["Moderator"]} and
     * {@code "attribute":[{"key":"ProgramId","value":"W3XP"}, ...]} (ProgramId first).
     */
    WIRE,
    /** What the Alpha documents say: {@code "flags":["Moderator"]} and {@code "attributes":{"ProgramId":"W3XP"}}. */
    SPEC
}
