package io.github.camelchat.simulator;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.WebSocketFrameType;
import io.vertx.core.http.impl.WebSocketInternal;
import io.vertx.core.http.impl.ws.WebSocketFrameImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a protocol-faithful server has to do below the Vert.x WebSocket API: inject faults, write frames a correct
 * server never writes, and kill the TCP connection without a Close frame. These use Vert.x 4.5 internals
 * ({@link WebSocketInternal}, {@link WebSocketFrameImpl}) because the public API validates or hides all three.
 */
public final class RawWebSockets {

    private static final Logger LOG = LoggerFactory.getLogger(RawWebSockets.class);

    /** Name of Vert.x's own handler in an HTTP/1.x server pipeline. */
    private static final String VERTX_HANDLER = "handler";

    private RawWebSockets() {
    }

    /** Applies {@code faults} to every frame of this socket from now on. Call it right after the upgrade. */
    public static void installFaults(ServerWebSocket socket, FaultSwitches faults) {
        ChannelPipeline pipeline = ((WebSocketInternal) socket).channelHandlerContext().pipeline();
        if (pipeline.get(FaultFilter.NAME) != null) {
            return;
        }
        if (pipeline.get(VERTX_HANDLER) == null) {
            LOG.warn("No '{}' handler in the pipeline {}; fault switches will not apply to this socket",
                    VERTX_HANDLER, pipeline.names());
            return;
        }
        pipeline.addBefore(VERTX_HANDLER, FaultFilter.NAME, new FaultFilter(faults));
    }

    /**
     * Writes a final text frame with exactly these payload bytes, valid UTF-8 or not. A conforming client must fail
     * the connection when they are not valid UTF-8 (RFC 6455 section 8.1).
     */
    public static Future<Void> writeTextBytes(ServerWebSocket socket, byte[] payload) {
        return socket.writeFrame(new WebSocketFrameImpl(WebSocketFrameType.TEXT, payload, true));
    }

    /**
     * Sends a Close frame with an empty body, which a client reports as 1005 (no status received), then closes the
     * TCP connection without waiting for the client's Close. Vert.x's API always writes a status code, so the frame
     * goes straight to Netty's encoder. The returned future completes once the connection is closed (never fails).
     */
    public static Future<Void> closeWithoutStatus(ServerWebSocket socket) {
        ChannelHandlerContext ctx = ((WebSocketInternal) socket).channelHandlerContext();
        Promise<Void> done = Promise.promise();
        // Written from Vert.x's own context, the frame passes the fault filter and the WebSocket encoder only.
        ctx.writeAndFlush(new CloseWebSocketFrame(true, 0, Unpooled.EMPTY_BUFFER)).addListener(written -> {
            dropTcp(socket);
            done.tryComplete();
        });
        return done.future();
    }

    /** Closes the TCP connection without a Close frame: the client sees an abnormal closure (1006). */
    public static void dropTcp(ServerWebSocket socket) {
        ChannelPipeline pipeline = ((WebSocketInternal) socket).channelHandlerContext().pipeline();
        // channel.close() would pass through Vert.x's handler, which turns it into a graceful close with a Close
        // frame; closing from the first context goes straight to the transport.
        ChannelHandlerContext first = pipeline.firstContext();
        if (first != null) {
            first.close();
        } else {
            pipeline.channel().unsafe().close(pipeline.channel().voidPromise());
        }
    }
}
