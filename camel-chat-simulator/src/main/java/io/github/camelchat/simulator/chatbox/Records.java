package io.github.camelchat.simulator.chatbox;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * What the simulator observed, for assertions: frames clients sent, messages the tick delivered, and each player's
 * private messages. Thread-safe, because tests read it while the loop writes it.
 */
final class Records {

    private final Map<String, List<String>> received = new ConcurrentHashMap<>();
    private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
    private final Map<UUID, List<String>> inboxes = new ConcurrentHashMap<>();

    /** Keys are normalised so that upper- and lower-case spellings of a UUID find the same frames. */
    static String normaliseKey(String key) {
        UUID uuid = PlayerDirectory.parseUuid(key);
        return uuid != null ? uuid.toString() : key;
    }

    void received(String licenseKey, String frame) {
        received.computeIfAbsent(normaliseKey(licenseKey), k -> new CopyOnWriteArrayList<>()).add(frame);
    }

    List<String> received(String licenseKey) {
        return List.copyOf(received.getOrDefault(normaliseKey(licenseKey), List.of()));
    }

    void delivered(Delivery delivery, Player privateTarget) {
        deliveries.add(delivery);
        if (privateTarget != null) {
            inboxes.computeIfAbsent(privateTarget.uuid(), k -> new CopyOnWriteArrayList<>()).add(delivery.line());
        }
    }

    List<Delivery> deliveries() {
        return List.copyOf(deliveries);
    }

    List<String> inbox(UUID player) {
        return List.copyOf(inboxes.getOrDefault(player, List.of()));
    }

    void clear() {
        received.clear();
        deliveries.clear();
        inboxes.clear();
    }
}
