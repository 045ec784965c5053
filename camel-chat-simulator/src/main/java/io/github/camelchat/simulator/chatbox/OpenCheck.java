package io.github.camelchat.simulator.chatbox;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** RCC's {@code WsServer.onOpen} checks, in RCC's order. */
final class OpenCheck {

    /** RCC's socket path. */
    static final Pattern PATH_LICENSE = Pattern.compile("^/([0-9a-z-]+)$", Pattern.CASE_INSENSITIVE);
    /** The public prefix, which a proxy in front of RCC presumably strips. */
    static final String PUBLIC_PREFIX = "/v2/";
    static final String GUEST = "guest";

    sealed interface Result permits Accept, Reject {
    }

    /** @param key the key as the client wrote it */
    record Accept(LicenseBook.Entry license, String key) implements Result {
    }

    record Reject(CloseReason reason) implements Result {
    }

    private final LicenseBook licenses;
    private final InetAddress guestAddress;

    OpenCheck(LicenseBook licenses, String guestAllowedAddress) {
        this.licenses = licenses;
        this.guestAddress = literalAddress(guestAllowedAddress);
        if (guestAddress == null) {
            throw new IllegalArgumentException("guestAllowedAddress must be an IP literal: " + guestAllowedAddress);
        }
    }

    /**
     * @param uri          the request target as sent (Java-WebSocket matches it with the query string)
     * @param remote       the peer address
     * @param forwardedFor the X-Forwarded-For header or null; RCC trusts it for the guest check
     */
    Result check(String uri, String remote, String forwardedFor) {
        String path = uri.regionMatches(true, 0, PUBLIC_PREFIX, 0, PUBLIC_PREFIX.length())
                ? uri.substring(PUBLIC_PREFIX.length() - 1) : uri;
        Matcher matcher = PATH_LICENSE.matcher(path);
        if (!matcher.find()) {
            return new Reject(CloseReason.INVALID_LICENSE_KEY);
        }
        String key = matcher.group(1);
        UUID id;
        if (key.equals(GUEST)) {
            InetAddress client = literalAddress(forwardedFor != null ? forwardedFor.trim() : remote);
            if (!guestAddress.equals(client)) {
                return new Reject(CloseReason.EXTERNAL_GUESTS_NOT_ALLOWED);
            }
            id = LicenseBook.GUEST_ID;
        } else {
            id = PlayerDirectory.parseUuid(key);
            if (id == null) {
                return new Reject(CloseReason.INVALID_LICENSE_KEY);
            }
        }
        LicenseBook.Entry license;
        try {
            license = licenses.lookup(id);
        } catch (LicenseBook.LookupFailure e) {
            return new Reject(CloseReason.FATAL_ERROR);
        }
        if (license == null) {
            return new Reject(CloseReason.UNKNOWN_LICENSE_KEY);
        }
        return new Accept(license, key);
    }

    /** Parses IP literals only: a simulator must never trigger a DNS lookup. */
    private static InetAddress literalAddress(String value) {
        if (value == null || value.isEmpty() || !value.matches("[0-9a-fA-F:.%\\[\\]]+")) {
            return null;
        }
        try {
            return InetAddress.getByName(value.replace("[", "").replace("]", ""));
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
