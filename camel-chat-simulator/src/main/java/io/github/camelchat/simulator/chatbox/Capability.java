package io.github.camelchat.simulator.chatbox;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** License capabilities with RCC's bit values. */
public enum Capability {
    TELL(1),
    READ(2),
    COMMAND(4),
    SAY(8);

    /** What RCC gives a new license: everything but {@code say}. */
    public static final Set<Capability> RCC_DEFAULT = Collections.unmodifiableSet(EnumSet.of(TELL, READ, COMMAND));

    private final int bit;

    Capability(int bit) {
        this.bit = bit;
    }

    public int bit() {
        return bit;
    }

    /** The lower-case name used in the {@code hello} packet. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Set<Capability> unpack(int packed) {
        EnumSet<Capability> set = EnumSet.noneOf(Capability.class);
        for (Capability c : values()) {
            if ((packed & c.bit) != 0) {
                set.add(c);
            }
        }
        return set;
    }

    public static int pack(Set<Capability> capabilities) {
        int packed = 0;
        for (Capability c : capabilities) {
            packed |= c.bit;
        }
        return packed;
    }
}
