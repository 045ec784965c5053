package io.github.camelchat.simulator;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.util.ReferenceCountUtil;

/**
 * Sits between Netty's WebSocket codec and Vert.x's handler. Vert.x answers every Ping unconditionally and has no way
 * to mute a socket, so both faults have to be applied to the frames themselves.
 */
final class FaultFilter extends ChannelDuplexHandler {

    static final String NAME = "camelchat-fault-filter";

    private final FaultSwitches faults;

    FaultFilter(FaultSwitches faults) {
        this.faults = faults;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        // Swallowing the Ping before Vert.x sees it is the only way to stop its automatic Pong.
        if (msg instanceof PingWebSocketFrame && (!faults.answerPings() || faults.silent())) {
            ReferenceCountUtil.release(msg);
            return;
        }
        ctx.fireChannelRead(msg);
    }

    @Override
    public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
        if (msg instanceof WebSocketFrame && faults.silent()) {
            ReferenceCountUtil.release(msg);
            // The write "succeeds" so that callers waiting for it carry on, as they would on a half-open TCP link.
            promise.trySuccess();
            return;
        }
        ctx.write(msg, promise);
    }
}
