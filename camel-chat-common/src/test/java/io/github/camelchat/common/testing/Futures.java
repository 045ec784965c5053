package io.github.camelchat.common.testing;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.github.camelchat.common.send.ChatException;

import static org.assertj.core.api.Assertions.assertThat;

/** Assertions on futures that must already be complete (no waiting: everything in these tests is synchronous). */
public final class Futures {

    private Futures() {
    }

    /** The exception {@code future} already failed with. */
    public static Throwable failure(CompletableFuture<?> future) {
        assertThat(future).as("future should have failed").isCompletedExceptionally();
        Throwable error = future.handle((value, e) -> e).join();
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }

    /** The {@link ChatException} {@code future} already failed with, checked to carry {@code reason}. */
    public static ChatException chatFailure(CompletableFuture<?> future, ChatException.Reason reason) {
        Throwable error = failure(future);
        assertThat(error).isInstanceOf(ChatException.class);
        ChatException chat = (ChatException) error;
        assertThat(chat.getReason()).as("failure reason of: %s", chat.getMessage()).isEqualTo(reason);
        return chat;
    }

    /** The value {@code future} already completed with. */
    public static Object value(CompletableFuture<?> future) {
        assertThat(future).as("future should have completed").isCompleted();
        return future.join();
    }
}
