package io.github.camelchat.hitbox.model;

import io.github.camelchat.common.session.Redactor;

/** How tokens are shown in {@code toString()}. */
final class Secrets {

    private Secrets() {
    }

    /** {@code null}, or the mask. */
    static String mask(String token) {
        return token == null ? "null" : Redactor.MASK;
    }
}
