// Drives the CAPI simulator with the npm package classic-bnet-javascript-api 1.0.6 (an independent encoder of the v3
// request set; it has no transport) over ws 8, and prints one JSON object per line of what it sent and received.
// CapiPeerTest sets up the channel, runs this script and checks its output and the simulator's records.
//
// env: CAPI_URL, CAPI_KEY, and the toon names CAPI_WHISPER_TO, CAPI_KICK, CAPI_BAN, CAPI_MOD (members of the channel)
//
// The package's readResponse reads status.area unconditionally, so it throws on the live server's success
// responses, which carry no status. This script shows that once (event "package_readResponse_threw"), then hands
// readResponse a copy with status {0,0} added when status is missing: missing and {0,0} both mean success.
"use strict";

const WebSocket = require("ws");
const api = require("classic-bnet-javascript-api");

const env = process.env;
const STEP_TIMEOUT_MS = 10000;

function out(obj) {
    process.stdout.write(JSON.stringify(obj) + "\n");
}

if (!env.CAPI_URL || !env.CAPI_KEY || !env.CAPI_WHISPER_TO || !env.CAPI_KICK || !env.CAPI_BAN || !env.CAPI_MOD) {
    out({ event: "usage", message: "CAPI_URL, CAPI_KEY, CAPI_WHISPER_TO, CAPI_KICK, CAPI_BAN and CAPI_MOD are required" });
    process.exit(2);
}

function finish(code) {
    try {
        ws.terminate();
    } catch (e) {
        // already gone
    }
    setTimeout(() => process.exit(code), 100);
}

// Bounded even if the simulator never answers; the Java side has its own, longer, limit.
const watchdog = setTimeout(() => {
    out({ event: "timeout", step: "whole run" });
    finish(3);
}, 60000);

// ws fails the handshake unless the server echoes an offered subprotocol, as websocket-sharp did.
const ws = new WebSocket(env.CAPI_URL, ["json"]);
let nextId = 1;
let readResponseThrew = false;
let doneSent = false;
const users = {};
const waiters = [];
let pendingResponse = null;

function readResponse(raw, parsed) {
    const statusPresent = Object.prototype.hasOwnProperty.call(parsed, "status");
    if (!statusPresent && !readResponseThrew) {
        try {
            api.readResponse(raw);
        } catch (e) {
            readResponseThrew = true;
            out({ event: "package_readResponse_threw", command: parsed.command, message: String(e.message) });
        }
    }
    const text = statusPresent ? raw : JSON.stringify(Object.assign({}, parsed, { status: { area: 0, code: 0 } }));
    return { response: api.readResponse(text), statusPresent: statusPresent };
}

ws.on("message", (data) => {
    const raw = data.toString();
    let parsed;
    try {
        parsed = JSON.parse(raw);
    } catch (e) {
        out({ event: "unparsable", raw: raw });
        return;
    }
    if (/Response$/.test(parsed.command)) {
        const read = readResponse(raw, parsed);
        const r = read.response;
        out({ event: "response", command: parsed.command, type: r.type, request_id: r.request_id,
              area: r.status.area, code: r.status.code, statusPresent: read.statusPresent });
        if (pendingResponse && pendingResponse.id === r.request_id) {
            const p = pendingResponse;
            pendingResponse = null;
            p.resolve(r);
        }
        return;
    }
    const e = api.readEvent(raw);
    out({ event: "event", command: parsed.command, type: e.type, request_id: parsed.request_id, payload: e.payload });
    if (e.type === "userUpdate" && e.payload.user_id !== 1 && e.payload.toon_name) {
        users[e.payload.toon_name] = e.payload.user_id;
    }
    for (let i = waiters.length - 1; i >= 0; i--) {
        if (waiters[i].test(e)) {
            waiters.splice(i, 1)[0].resolve(e);
        }
    }
});

ws.on("close", (code, reason) => {
    out({ event: "closed", code: code, reason: reason.toString() });
    setImmediate(() => {
        if (!doneSent) {
            finish(4);
        }
    });
});

ws.on("error", (err) => {
    out({ event: "error", message: String(err.message) });
    finish(5);
});

function bounded(promise, step) {
    let timer;
    const timeout = new Promise((resolve, reject) => {
        timer = setTimeout(() => reject(new Error("no answer to " + step)), STEP_TIMEOUT_MS);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Registers before the request is sent, so that an event cannot slip past. */
function expectEvent(step, test) {
    return bounded(new Promise((resolve) => waiters.push({ test: test, resolve: resolve })), step);
}

/** Sends what the package encoded and waits for the response with the same request_id. */
function call(step, encode) {
    const id = nextId++;
    const frame = encode(id);
    const shown = JSON.parse(frame);
    if (shown.payload && shown.payload.api_key) {
        shown.payload.api_key = "****"; // keys stay out of logs, even test keys
    }
    out({ event: "sent", step: step, frame: shown });
    const answered = new Promise((resolve) => {
        pendingResponse = { id: id, resolve: resolve };
    });
    ws.send(frame);
    return bounded(answered, step);
}

function serverInfo(fragment) {
    return (e) => e.type === "newMessage" && e.payload.type === "ServerInfo" && e.payload.message.includes(fragment);
}

async function run() {
    out({ event: "open", protocol: ws.protocol });
    await call("authenticate", (id) => api.authenticate(id, env.CAPI_KEY));
    await call("message before connect", (id) => api.sendMessage(id, "too early"));

    let selfUpdates = 0;
    const listed = expectEvent("listing", (e) => e.type === "userUpdate" && e.payload.user_id === 1 && ++selfUpdates === 2);
    await call("connect", (id) => api.connect(id));
    await listed;
    out({ event: "listed", users: users });

    await call("message", (id) => api.sendMessage(id, "hello from classic-bnet-javascript-api"));
    const echo = expectEvent("emote echo", (e) => e.type === "newMessage" && e.payload.type === "Emote" && e.payload.user_id === 1);
    await call("emote", (id) => api.sendEmote(id, "waves"));
    await echo;
    await call("whisper", (id) => api.sendWhisper(id, "psst from node", users[env.CAPI_WHISPER_TO]));

    const kicked = expectEvent("kick info", serverInfo("was kicked out of the channel by"));
    const kickLeave = expectEvent("kick leave", (e) => e.type === "userLeave" && e.payload.user_id === users[env.CAPI_KICK]);
    await call("kick", (id) => api.kickUser(id, users[env.CAPI_KICK]));
    await kicked;
    await kickLeave;

    const banned = expectEvent("ban info", serverInfo("was banned by"));
    await call("ban", (id) => api.banUser(id, users[env.CAPI_BAN]));
    await banned;
    const unbanned = expectEvent("unban info", serverInfo("was unbanned by"));
    await call("unban", (id) => api.unBanUser(id, env.CAPI_BAN));
    await unbanned;

    const promoted = expectEvent("moderator flag", (e) => e.type === "userUpdate"
        && e.payload.user_id === users[env.CAPI_MOD] && Array.isArray(e.payload.flag) && e.payload.flag.includes("Moderator"));
    await call("set moderator", (id) => api.setModerator(id, users[env.CAPI_MOD]));
    await promoted;

    const disconnected = expectEvent("disconnect event", (e) => e.type === "disconnect");
    await call("disconnect", (id) => api.disconnect(id));
    await disconnected;

    doneSent = true;
    clearTimeout(watchdog);
    out({ event: "done" });
    ws.close();
    setTimeout(() => process.exit(0), 200);
}

ws.on("open", () => {
    run().catch((err) => {
        out({ event: "timeout", step: String(err.message) });
        finish(3);
    });
});
