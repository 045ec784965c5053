// Drives the chatbox simulator with the npm client switchchat 1.4.3 and prints one JSON object per line of what the
// client observed. SwitchChatPeerTest reacts to {"event":"login"} with in-game events and checks the output.
//
// env: CHATBOX_PORT, CHATBOX_KEY, CHATBOX_SAYS (default 12), CHATBOX_TELL_TO (player to tell once, optional)
"use strict";

const { Client } = require("switchchat");

const port = process.env.CHATBOX_PORT;
const key = process.env.CHATBOX_KEY;
const says = parseInt(process.env.CHATBOX_SAYS || "12", 10);
const tellTo = process.env.CHATBOX_TELL_TO;

function out(obj) {
    process.stdout.write(JSON.stringify(obj) + "\n");
}

if (!port || !key) {
    out({ event: "usage", message: "CHATBOX_PORT and CHATBOX_KEY are required" });
    process.exit(2);
}

const client = new Client(key);
// switchchat appends the key to the endpoint, so the handshake path is /v2/<key>.
client.endpoint = "ws://127.0.0.1:" + port + "/v2/";

const counts = { queued: 0, sent: 0, rateLimited: 0, unknownUser: 0 };
const expected = says + (tellTo ? 1 : 0);
let burstStarted = false;

function finish(code) {
    out({ event: "done", counts: counts, owner: client.owner === undefined ? null : client.owner });
    client.destroy();
    setTimeout(() => process.exit(code), 100);
}

// Bounded even if the simulator never answers: the Java side has its own, longer, limit.
const watchdog = setTimeout(() => {
    out({ event: "timeout", counts: counts });
    finish(3);
}, 60000);

client.on("ws_message", (data) => {
    out({ event: "packet", data: data });
    if (data.type === "success" && data.reason === "message_queued") {
        counts.queued++;
    } else if (data.type === "success" && data.reason === "message_sent") {
        counts.sent++;
    } else if (data.type === "error" && data.error === "rate_limited") {
        counts.rateLimited++;
    } else if (data.type === "error" && data.error === "unknown_user") {
        counts.unknownUser++;
    }
    if (burstStarted && counts.queued + counts.rateLimited === expected && counts.sent === counts.queued) {
        clearTimeout(watchdog);
        finish(0);
    }
});
client.on("login", () => out({ event: "login", guest: client.guest, capabilities: client.capabilities }));
client.on("players", (players) => out({ event: "players", names: Array.from(players.values()).map((p) => p.name) }));
client.on("join", (p) => out({ event: "join", name: p.name, uuid: p.uuid }));
client.on("leave", (p) => out({ event: "leave", name: p.name }));
client.on("death", (d) => out({ event: "death", message: d.message, player: d.player.name }));
client.on("afk", (p) => out({ event: "afk", name: p.name }));
client.on("afk_return", (p) => {
    out({ event: "afk_return", name: p.name });
    // The last in-game event of the script: now send faster than the server drains (350 ms vs its tick).
    burstStarted = true;
    if (tellTo) {
        client.tell(tellTo, "psst from switchchat");
    }
    for (let i = 1; i <= says; i++) {
        client.say("burst " + i);
    }
});
client.on("_error", (e) => out({ event: "_error", error: e.error, message: e.message }));
client.on("closing", (c) => out({ event: "closing", closeReason: c.closeReason }));
client.on("reconnect", () => out({ event: "reconnect" }));

client.connect().catch((reason) => {
    out({ event: "connect_failed", reason: String(reason) });
    finish(4);
});
