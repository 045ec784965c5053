package io.github.camelchat.common.camel;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;

import org.apache.camel.Message;

/**
 * The headers a consumer sets on one exchange, collected first and then put into the message at once. They come out
 * sorted the way Camel's default headers map (a {@code TreeMap} with {@link String#CASE_INSENSITIVE_ORDER}) sorts
 * them, and this map says so ({@link #comparator()}), so the new message's empty headers map builds itself from them
 * in one pass without comparing a name ({@code TreeMap.putAll} of a sorted map with the same comparator): about a
 * quarter of the cost of creating and populating an exchange. With any other headers map it is a plain
 * {@code putAll}, and the result is the same as setting each header on its own, {@code null} values included. Not
 * thread-safe; one per exchange.
 */
public final class ConsumerHeaders extends AbstractMap<String, Object> implements SortedMap<String, Object> {

    private static final Comparator<? super String> ORDER = String.CASE_INSENSITIVE_ORDER;

    /** The header names a consumer may set, each with its slot. Immutable; one per consumer class. */
    public static final class Names {
        private final String[] sorted;

        private Names(String[] names) {
            if (names.length > Integer.SIZE) {
                throw new IllegalArgumentException("at most " + Integer.SIZE + " header names");
            }
            this.sorted = names.clone();
            Arrays.sort(sorted, ORDER);
            for (int i = 1; i < sorted.length; i++) {
                if (ORDER.compare(sorted[i - 1], sorted[i]) == 0) {
                    throw new IllegalArgumentException("header name given twice: " + sorted[i]);
                }
            }
        }

        /** The slot of a header name given to {@link ConsumerHeaders#names}. */
        public int slot(String name) {
            int slot = Arrays.binarySearch(sorted, name, ORDER);
            if (slot < 0) {
                throw new IllegalArgumentException("not one of the header names: " + name);
            }
            return slot;
        }
    }

    private final String[] names;
    private final Object[] values;
    private int present;  // bit i: the header in slot i is set (its value may be null)

    public ConsumerHeaders(Names names) {
        this.names = names.sorted;
        this.values = new Object[names.sorted.length];
    }

    public static Names names(String... names) {
        return new Names(names);
    }

    /** Sets the header of a slot; {@code null} is a value, as in {@link Message#setHeader}. */
    public ConsumerHeaders set(int slot, Object value) {
        values[slot] = value;
        present |= 1 << slot;
        return this;
    }

    /** Adds the headers to the message's (usually still empty) headers. */
    public void copyTo(Message message) {
        message.getHeaders().putAll(this);
    }

    @Override
    public Comparator<? super String> comparator() {
        return ORDER;
    }

    @Override
    public int size() {
        return Integer.bitCount(present);
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Entries();
            }

            @Override
            public int size() {
                return ConsumerHeaders.this.size();
            }
        };
    }

    @Override
    public String firstKey() {
        if (present == 0) {
            throw new NoSuchElementException();
        }
        return names[Integer.numberOfTrailingZeros(present)];
    }

    @Override
    public String lastKey() {
        if (present == 0) {
            throw new NoSuchElementException();
        }
        return names[Integer.SIZE - 1 - Integer.numberOfLeadingZeros(present)];
    }

    /** Not needed to put the headers into a message. */
    @Override
    public SortedMap<String, Object> subMap(String fromKey, String toKey) {
        throw new UnsupportedOperationException();
    }

    /** Not needed to put the headers into a message. */
    @Override
    public SortedMap<String, Object> headMap(String toKey) {
        throw new UnsupportedOperationException();
    }

    /** Not needed to put the headers into a message. */
    @Override
    public SortedMap<String, Object> tailMap(String fromKey) {
        throw new UnsupportedOperationException();
    }

    /** The set headers in order, as immutable entries. */
    private final class Entries implements Iterator<Entry<String, Object>> {
        private int remaining = present;

        @Override
        public boolean hasNext() {
            return remaining != 0;
        }

        @Override
        public Entry<String, Object> next() {
            if (remaining == 0) {
                throw new NoSuchElementException();
            }
            int slot = Integer.numberOfTrailingZeros(remaining);
            remaining &= remaining - 1;
            return new SimpleImmutableEntry<>(names[slot], values[slot]);
        }
    }
}
