package io.github.camelchat.chatbox.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Defensive copies for list-valued record components (null elements are allowed, unlike {@code List.copyOf}). */
final class ModelLists {

    private ModelLists() {
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? null : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
