package io.github.camelchat.hitbox.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelchat.hitbox.socketio.SioPacket;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class HitboxSecretsTest {

    private static final String TOKEN = "S3cr3tAuthT0ken-0123456789abcdef";
    private static final HitboxCodec CODEC = new HitboxCodec();

    private static List<HitboxRequest> withToken() {
        return List.of(
                JoinChannelRequest.of("c", "n", TOKEN),
                new JoinChannelRequest("c", "n", TOKEN, true, true),
                new MediaLogRequest("c", "image", "n", TOKEN),
                new KickUserRequest("c", "n", TOKEN, 60),
                new BanUserRequest("c", "n", TOKEN, true),
                new UnbanUserRequest("c", "n", TOKEN),
                new MakeModRequest("c", "n", TOKEN),
                new RemoveModRequest("c", "n", TOKEN));
    }

    @Test
    void toStringMasksTheToken() {
        for (HitboxRequest request : withToken()) {
            assertThat(request.toString()).as(request.getClass().getSimpleName())
                    .doesNotContain(TOKEN).contains("token=xxxxxx").contains("name=n");
        }
        assertThat(JoinChannelRequest.guest("c").toString()).contains("token=null");
    }

    @Test
    void jacksonNeverWritesTheTokenButCanReadIt() throws Exception {
        ObjectMapper mapper = CODEC.mapper();
        for (HitboxRequest request : withToken()) {
            String json = mapper.writeValueAsString(request);
            assertThat(json).doesNotContain(TOKEN).contains("\"method\":\"" + request.method() + "\"");
            com.fasterxml.jackson.databind.node.ObjectNode withToken =
                    (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(json);
            withToken.put("token", TOKEN);
            HitboxRequest back = mapper.readValue(withToken.toString(), request.getClass());
            assertThat(back).isEqualTo(request);
        }
        JoinChannelRequest join = mapper.readValue("{\"channel\":\"c\",\"name\":\"n\",\"token\":\"" + TOKEN
                + "\",\"notify\":true,\"hideBuffered\":true}", JoinChannelRequest.class);
        assertThat(join).isEqualTo(new JoinChannelRequest("c", "n", TOKEN, true, true));
        assertThat(mapper.writeValueAsString(join)).contains("\"notify\":true");
    }

    @Test
    void exceptionsNeverShowTheToken() {
        Throwable validation = catchThrowable(() -> CODEC.joinChannel("c", " ", TOKEN, false, false));
        assertThat(validation).isInstanceOf(IllegalArgumentException.class);
        assertThat(validation.getMessage()).doesNotContain(TOKEN);
        for (HitboxRequest bad : List.<HitboxRequest>of(new KickUserRequest(null, "n", TOKEN, 1),
                new KickUserRequest("c", null, TOKEN, 1), new KickUserRequest("c", "n", TOKEN, -1),
                new MediaLogRequest("c", null, null, TOKEN), new UnbanUserRequest("c", null, TOKEN),
                new MakeModRequest(null, "n", TOKEN), new RemoveModRequest("c", "", TOKEN),
                new BanUserRequest(null, "n", TOKEN, true))) {
            Throwable t = catchThrowable(() -> CODEC.encode(bad));
            assertThat(t).isInstanceOf(IllegalArgumentException.class);
            assertThat(t.getMessage()).doesNotContain(TOKEN);
        }
        String frame = CODEC.joinChannel("c", "n", TOKEN, false, false);
        Throwable decode = catchThrowable(() -> CODEC.decodeEvent(frame.substring(4) + " trailing"));
        assertThat(decode).isInstanceOf(HitboxDecodeException.class);
        assertThat(decode.getMessage()).doesNotContain(TOKEN);
        Throwable stringEncoded = catchThrowable(() -> CODEC.decodeEvent(
                Frames.serverEvent(frame.substring(4 + 27, frame.length() - 2) + " x")));
        assertThat(stringEncoded).isInstanceOf(HitboxDecodeException.class);
        assertThat(stringEncoded.getMessage()).doesNotContain(TOKEN);
        assertThat(SioPacket.parse(frame).toString()).doesNotContain(TOKEN);
    }

    @Test
    void theTokenIsOnTheWireOnlyInTheFrame() {
        assertThat(CODEC.joinChannel("c", "n", TOKEN, false, false)).contains("\"token\":\"" + TOKEN + "\"");
    }
}
