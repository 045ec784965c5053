package io.github.camelchat.simulator.chatbox;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/** RCC's {@code ClientPacketsHandler} queue: one FIFO per license, shared by all of its sockets. Loop-confined. */
final class MessageQueues {

    /**
     * A validated say or tell, rendered at enqueue time as RCC does.
     *
     * @param target      the tell target, null for a say
     * @param rawName     the name the client gave (trimmed, cut), or null
     */
    record Queued(ChatboxConnection origin, int id, String type, String rawText, String rawName, String label,
                  String content, JsonNode rendered, String mode, Player target) {
    }

    private final Map<UUID, ArrayDeque<Queued>> queues = new LinkedHashMap<>();
    private int capacity;

    MessageQueues(int capacity) {
        this.capacity = capacity;
    }

    void capacity(int value) {
        this.capacity = value;
    }

    /** @return false when the license already has {@code capacity} messages waiting (rate_limited) */
    boolean offer(UUID license, Queued message) {
        ArrayDeque<Queued> queue = queues.computeIfAbsent(license, id -> new ArrayDeque<>());
        if (queue.size() >= capacity) {
            return false;
        }
        queue.add(message);
        return true;
    }

    /**
     * Takes the head of every queue. Like RCC, an empty queue is removed, and so is a whole queue whose head came
     * from a socket that has closed meanwhile: the rest of that license's messages are lost without a word.
     */
    List<Queued> takeHeads() {
        List<Queued> heads = new ArrayList<>();
        Iterator<ArrayDeque<Queued>> it = queues.values().iterator();
        while (it.hasNext()) {
            Queued head = it.next().poll();
            if (head == null || head.origin().closed()) {
                it.remove();
            } else {
                heads.add(head);
            }
        }
        return heads;
    }

    void clear() {
        queues.clear();
    }
}
