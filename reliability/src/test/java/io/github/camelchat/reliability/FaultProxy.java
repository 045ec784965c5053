package io.github.camelchat.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A byte-level TCP proxy on 127.0.0.1 in front of a simulator, for the faults the simulators cannot make themselves:
 * holding what the client wrote (a request "in flight" that the server has not seen), holding what the server
 * answered (a reply that arrives late) and releasing it frame by frame. (TLS is the simulators' own: they serve
 * {@code wss://} themselves.) Two threads per connection; everything closes with {@link #close()}.
 */
public final class FaultProxy implements AutoCloseable {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final ServerSocket server;
    private final int upstreamPort;
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fault-proxy-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });
    private final List<Link> links = new CopyOnWriteArrayList<>();
    private final List<String> requestLines = new CopyOnWriteArrayList<>();
    private volatile boolean holdUpstream;
    private volatile boolean holdDownstream;
    private volatile boolean closed;

    private FaultProxy(ServerSocket server, int upstreamPort) {
        this.server = server;
        this.upstreamPort = upstreamPort;
        threads.execute(this::accept);
    }

    /** A plain TCP proxy to 127.0.0.1:{@code upstreamPort}. */
    public static FaultProxy plain(int upstreamPort) throws IOException {
        return new FaultProxy(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), upstreamPort);
    }

    public int port() {
        return server.getLocalPort();
    }

    /** The first line of every request up to a WebSocket upgrade (e.g. {@code GET /socket.io/1/websocket/<sid> HTTP/1.1}). */
    public List<String> requestLines() {
        return List.copyOf(requestLines);
    }

    /** While on, bytes from clients are kept back (the server does not see them); off writes them on, in order. */
    public void holdUpstream(boolean hold) {
        holdUpstream = hold;
        if (!hold) {
            links.forEach(l -> l.up.flush());
        }
    }

    /** While on, bytes from the server are kept back (replies arrive late); off writes them on, in order. */
    public void holdDownstream(boolean hold) {
        holdDownstream = hold;
        if (!hold) {
            links.forEach(l -> l.down.flush());
        }
    }

    /**
     * How often {@code needle} occurs in the client bytes held back so far, read as WebSocket frames (a client masks
     * every frame, so the raw bytes never show the text).
     */
    public int heldUpstream(String needle) {
        int count = 0;
        for (Link link : links) {
            String held = link.up.heldPayloads();
            for (int i = held.indexOf(needle); i >= 0; i = held.indexOf(needle, i + 1)) {
                count++;
            }
        }
        return count;
    }

    /**
     * Releases the held server bytes up to the first WebSocket frame whose payload contains {@code needle}, and keeps
     * holding that frame and everything after it.
     */
    public void releaseDownstreamBefore(String needle) {
        links.forEach(l -> l.down.releaseFramesBefore(needle));
    }

    private void accept() {
        while (!closed) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                return;
            }
            threads.execute(() -> open(client));
        }
    }

    private void open(Socket client) {
        Socket upstream = new Socket();
        try {
            upstream.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), upstreamPort), 2000);
        } catch (IOException refused) {
            // nothing listens behind the proxy: the client sees its connection end at once
            quietly(client);
            quietly(upstream);
            return;
        }
        try {
            client.setTcpNoDelay(true);
            upstream.setTcpNoDelay(true);
            Link link = new Link(client, upstream);
            links.add(link);
            threads.execute(link.up);
            threads.execute(link.down);
        } catch (IOException e) {
            quietly(client);
            quietly(upstream);
        }
    }

    @Override
    public void close() {
        closed = true;
        quietly(server);
        links.forEach(Link::close);
        threads.shutdownNow();
    }

    private static void quietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // closing anyway
        }
    }

    private final class Link {
        final Socket client;
        final Socket upstream;
        final Pipe up;
        final Pipe down;

        Link(Socket client, Socket upstream) throws IOException {
            this.client = client;
            this.upstream = upstream;
            this.up = new Pipe(this, client.getInputStream(), upstream.getOutputStream(), true);
            this.down = new Pipe(this, upstream.getInputStream(), client.getOutputStream(), false);
        }

        void close() {
            links.remove(this);
            quietly(client);
            quietly(upstream);
        }
    }

    /** One direction of one connection. Held bytes are discarded when the connection ends (they died with it). */
    private final class Pipe implements Runnable {
        private final Link link;
        private final InputStream in;
        private final OutputStream out;
        private final boolean upstream;
        private final ByteArrayOutputStream held = new ByteArrayOutputStream();
        /** Set once a request asked for a WebSocket upgrade: what follows is frames, not requests. */
        private boolean upgraded;

        Pipe(Link link, InputStream in, OutputStream out, boolean upstream) {
            this.link = link;
            this.in = in;
            this.out = out;
            this.upstream = upstream;
        }

        /**
         * HTTP/1.1 clients keep a connection alive and send the WebSocket upgrade on the connection of an earlier
         * request, so every request up to the upgrade is logged, not only a connection's first. A client writes a
         * request head in one go, so a request starts a read.
         */
        private void sniffRequest(byte[] buffer, int n) {
            String text = new String(buffer, 0, n, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n");
            requestLines.add(end < 0 ? text : text.substring(0, end));
            upgraded = text.toLowerCase(java.util.Locale.ROOT).contains("\r\nupgrade: websocket");
        }

        private boolean holding() {
            return upstream ? holdUpstream : holdDownstream;
        }

        @Override
        public void run() {
            byte[] buffer = new byte[16 * 1024];
            try {
                for (int n; (n = in.read(buffer)) >= 0;) {
                    if (upstream && !upgraded) {
                        sniffRequest(buffer, n);
                    }
                    synchronized (this) {
                        if (holding() || held.size() > 0) {
                            held.write(buffer, 0, n);
                            if (!holding()) {
                                writeHeld(held.size());
                            }
                        } else {
                            out.write(buffer, 0, n);
                            out.flush();
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                // the connection ended
            } finally {
                link.close();
            }
        }

        synchronized void flush() {
            try {
                writeHeld(held.size());
            } catch (IOException e) {
                link.close();
            }
        }

        /** The payloads of the complete WebSocket frames held, unmasked, one after the other. */
        synchronized String heldPayloads() {
            byte[] bytes = held.toByteArray();
            StringBuilder text = new StringBuilder();
            for (int offset = 0; ;) {
                int[] frame = frame(bytes, offset);
                if (frame == null) {
                    return text.toString();
                }
                text.append(payload(bytes, frame)).append('\n');
                offset = frame[2];
            }
        }

        synchronized void releaseFramesBefore(String needle) {
            byte[] bytes = held.toByteArray();
            int offset = 0;
            for (int[] frame; (frame = frame(bytes, offset)) != null; offset = frame[2]) {
                if (payload(bytes, frame).contains(needle)) {
                    break;
                }
            }
            try {
                writeHeld(offset);
            } catch (IOException e) {
                link.close();
            }
        }

        /** Writes the first {@code count} held bytes on and keeps the rest. */
        private void writeHeld(int count) throws IOException {
            if (count == 0) {
                return;
            }
            byte[] bytes = held.toByteArray();
            out.write(bytes, 0, count);
            out.flush();
            held.reset();
            held.write(bytes, count, bytes.length - count);
        }
    }

    /**
     * The WebSocket frame at {@code offset}: {@code {payloadStart, payloadLength, end, maskStart or -1}}, or
     * {@code null} when the bytes there are not a complete frame.
     */
    private static int[] frame(byte[] bytes, int offset) {
        if (offset + 2 > bytes.length) {
            return null;
        }
        boolean masked = (bytes[offset + 1] & 0x80) != 0;
        long length = bytes[offset + 1] & 0x7f;
        int header = 2;
        if (length == 126) {
            if (offset + 4 > bytes.length) {
                return null;
            }
            length = ((bytes[offset + 2] & 0xff) << 8) | (bytes[offset + 3] & 0xff);
            header = 4;
        } else if (length == 127) {
            if (offset + 10 > bytes.length) {
                return null;
            }
            length = 0;
            for (int i = 2; i < 10; i++) {
                length = (length << 8) | (bytes[offset + i] & 0xff);
            }
            header = 10;
        }
        int maskStart = masked ? offset + header : -1;
        int start = offset + header + (masked ? 4 : 0);
        long end = start + length;
        if (end > bytes.length) {
            return null;
        }
        return new int[] {start, (int) length, (int) end, maskStart};
    }

    private static String payload(byte[] bytes, int[] frame) {
        byte[] payload = new byte[frame[1]];
        for (int i = 0; i < payload.length; i++) {
            byte b = bytes[frame[0] + i];
            payload[i] = frame[3] < 0 ? b : (byte) (b ^ bytes[frame[3] + (i % 4)]);
        }
        return new String(payload, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "FaultProxy[127.0.0.1:" + port() + " -> 127.0.0.1:" + upstreamPort + "]";
    }
}
