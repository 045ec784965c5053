package io.github.camelchat.simulator.chatbox;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An approximation of RCC's text pipeline (Adventure legacy serializer, placeholder-api Markdown, MiniMessage):
 * good enough for the plain {@code text}/{@code name} fields and a plausible {@code renderedText}, not a renderer.
 * Legacy {@code &} codes are handled exactly; Markdown and MiniMessage markup is only stripped.
 */
final class TextFormatting {

    static final String FORMAT = "format";
    static final String MARKDOWN = "markdown";
    static final String MINIMESSAGE = "minimessage";

    private static final String CODES = "0123456789abcdefklmnor";
    private static final String[] COLOURS = {"black", "dark_blue", "dark_green", "dark_aqua", "dark_red",
            "dark_purple", "gold", "gray", "dark_gray", "blue", "green", "aqua", "red", "light_purple", "yellow",
            "white"};
    private static final String[] DECORATIONS = {"obfuscated", "bold", "strikethrough", "underlined", "italic"};

    private static final Pattern MD_LINK = Pattern.compile("\\[([^\\]]+)]\\(([^)]+)\\)");
    private static final Pattern[] MD_PAIRS = {
            Pattern.compile("\\*\\*(.+?)\\*\\*"), Pattern.compile("__(.+?)__"), Pattern.compile("~~(.+?)~~"),
            Pattern.compile("\\|\\|(.+?)\\|\\|"), Pattern.compile("\\*(.+?)\\*"), Pattern.compile("`(.+?)`")};
    private static final Pattern MINI_TAG = Pattern.compile("</?[a-zA-Z_#!][^<>]*>");

    private TextFormatting() {
    }

    /** The label players see: names are always parsed as {@code &} codes, after a trim. */
    static String plainLabel(String name) {
        return legacyPlain(name.trim());
    }

    /** The content players see, as RCC's {@code formatContent} would produce it (it trims first). */
    static String plain(String text, String mode) {
        String content = text.trim();
        return switch (mode == null ? "" : mode) {
            case FORMAT -> legacyPlain(content);
            case MARKDOWN -> markdownPlain(content);
            case MINIMESSAGE -> MINI_TAG.matcher(content).replaceAll("");
            default -> content;
        };
    }

    static JsonNode rendered(String text, String mode) {
        if (FORMAT.equals(mode)) {
            return legacyRendered(text.trim());
        }
        return JsonNodeFactory.instance.objectNode().put("text", plain(text, mode));
    }

    static String markdownPlain(String content) {
        String out = MD_LINK.matcher(content).replaceAll("$1");
        for (Pattern pair : MD_PAIRS) {
            out = pair.matcher(out).replaceAll("$1");
        }
        return out;
    }

    static String legacyPlain(String text) {
        StringBuilder out = new StringBuilder();
        for (Segment s : legacySegments(text)) {
            out.append(s.text);
        }
        return out.toString();
    }

    private static JsonNode legacyRendered(String text) {
        List<Segment> segments = legacySegments(text);
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        if (segments.size() == 1 && segments.get(0).plain()) {
            return root.put("text", segments.get(0).text.toString());
        }
        ArrayNode extra = root.putArray("extra");
        for (Segment s : segments) {
            ObjectNode part = extra.addObject();
            for (int i = 0; i < DECORATIONS.length; i++) {
                if (s.decorations[i]) {
                    part.put(DECORATIONS[i], true);
                }
            }
            if (s.colour != null) {
                part.put("color", s.colour);
            }
            part.put("text", s.text.toString());
        }
        return root.put("text", "");
    }

    /** Splits on {@code &} codes: a colour resets decorations, {@code &r} resets everything. */
    private static List<Segment> legacySegments(String text) {
        List<Segment> segments = new ArrayList<>();
        Segment current = new Segment(null, new boolean[DECORATIONS.length]);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int code = i + 1 < text.length() && c == '&' ? CODES.indexOf(Character.toLowerCase(text.charAt(i + 1))) : -1;
            if (code < 0) {
                current.text.append(c);
                i++;
                continue;
            }
            if (current.text.length() > 0) {
                segments.add(current);
            }
            if (code < COLOURS.length) {
                current = new Segment(COLOURS[code], new boolean[DECORATIONS.length]);
            } else if (code == CODES.length() - 1) {
                current = new Segment(null, new boolean[DECORATIONS.length]);
            } else {
                boolean[] decorations = current.decorations.clone();
                decorations[code - COLOURS.length] = true;
                current = new Segment(current.colour, decorations);
            }
            i += 2;
        }
        if (current.text.length() > 0 || segments.isEmpty()) {
            segments.add(current);
        }
        return segments;
    }

    private static final class Segment {
        final String colour;
        final boolean[] decorations;
        final StringBuilder text = new StringBuilder();

        Segment(String colour, boolean[] decorations) {
            this.colour = colour;
            this.decorations = decorations;
        }

        boolean plain() {
            if (colour != null) {
                return false;
            }
            for (boolean d : decorations) {
                if (d) {
                    return false;
                }
            }
            return true;
        }
    }
}
