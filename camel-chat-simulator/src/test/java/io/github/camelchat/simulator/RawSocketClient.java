package io.github.camelchat.simulator;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A bare WebSocket client over a plain socket that never answers Pings, to see what the server does to such a
 * client. Reads opcodes until the server drops the connection.
 */
public final class RawSocketClient implements AutoCloseable {

    public static final int CLOSE = 0x8;
    public static final int PING = 0x9;

    private final Socket socket;
    private final DataInputStream in;

    public RawSocketClient(int port, String path) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(10_000);
        String request = "GET " + path + " HTTP/1.1\r\n"
                + "Host: 127.0.0.1:" + port + "\r\n"
                + "Upgrade: websocket\r\n"
                + "Connection: Upgrade\r\n"
                + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                + "Sec-WebSocket-Version: 13\r\n\r\n";
        socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
        in = new DataInputStream(socket.getInputStream());
        String status = readHeaders(in);
        if (!status.startsWith("HTTP/1.1 101")) {
            throw new IOException("no upgrade: " + status);
        }
    }

    private static String readHeaders(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException("connection closed during the handshake");
            }
            head.write(b);
            matched = (b == '\r' && (matched == 0 || matched == 2)) || (b == '\n' && (matched == 1 || matched == 3))
                    ? matched + 1 : 0;
        }
        return head.toString(StandardCharsets.US_ASCII);
    }

    /** A frame as received: its opcode and its payload read as UTF-8. */
    public record Frame(int opcode, String text) {
    }

    /** Opcodes of every frame until the server closes TCP. */
    public List<Integer> readUntilEof() throws IOException {
        return readFramesUntilEof().stream().map(Frame::opcode).toList();
    }

    /** Every frame until the server closes TCP (the JDK client cannot always read what precedes an abrupt close). */
    public List<Frame> readFramesUntilEof() throws IOException {
        List<Frame> frames = new ArrayList<>();
        while (true) {
            int first = in.read();
            if (first < 0) {
                return frames;
            }
            int second = in.readUnsignedByte();
            long length = second & 0x7f;
            if (length == 126) {
                length = in.readUnsignedShort();
            } else if (length == 127) {
                length = in.readLong();
            }
            byte[] payload = in.readNBytes((int) length);
            if (payload.length < length) {
                throw new EOFException("connection closed inside a frame");
            }
            frames.add(new Frame(first & 0x0f, new String(payload, StandardCharsets.UTF_8)));
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
