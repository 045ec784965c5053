package io.github.camelchat.simulator.hitbox;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Image links in chat text: such messages carry {@code media:true} and show up in {@code mediaLog}. */
final class MediaLinks {

    private static final Pattern IMAGE = Pattern.compile("https?://\\S+\\.(?:png|jpe?g|gif|webp)(?:\\?\\S*)?",
            Pattern.CASE_INSENSITIVE);

    private MediaLinks() {
    }

    static boolean hasImage(String text) {
        return IMAGE.matcher(text).find();
    }

    static String firstImage(String text) {
        Matcher m = IMAGE.matcher(text);
        return m.find() ? m.group() : null;
    }
}
