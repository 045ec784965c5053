package io.github.camelchat.hitbox;

import io.github.camelchat.common.send.ChatException;

/** A message the hitbox server refused (its {@code infoMsg} text), or one the component refused before sending. */
public class HitboxException extends ChatException {

    public HitboxException(Reason reason, String message) {
        super(reason, message);
    }

    static HitboxException invalid(String message) {
        return new HitboxException(Reason.INVALID, message);
    }

    static HitboxException refused(String serverText) {
        return new HitboxException(Reason.REJECTED, "hitbox server refused the message: " + serverText);
    }
}
