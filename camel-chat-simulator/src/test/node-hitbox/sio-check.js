'use strict';
// Peer check (HitboxPeerTest): the reference Socket.IO 0.9 client, socket.io-client 0.9.16, against the hitbox
// simulator. Prints one JSON object per line on stdout; every line has an "event".
const io = require('socket.io-client');

const url = process.env.HITBOX_URL;
const channel = process.env.HITBOX_CHANNEL;
const name = process.env.HITBOX_NAME || 'UnknownSoldier';
const token = process.env.HITBOX_TOKEN || null;
const heartbeatsWanted = Number(process.env.HITBOX_HEARTBEATS || '2');
const say = process.env.HITBOX_SAY;

function print(event, fields) {
  process.stdout.write(JSON.stringify(Object.assign({ event: event }, fields || {})) + '\n');
}

if (!url || !channel) {
  print('usage', { message: 'HITBOX_URL and HITBOX_CHANNEL are required' });
  process.exit(2);
}

process.on('uncaughtException', function (err) {
  print('crash', { message: String(err && err.stack || err) });
  process.exit(3);
});
setTimeout(function () {
  print('timeout');
  process.exit(2);
}, Number(process.env.HITBOX_DEADLINE_MS || '60000')).unref();

// The client echoes every 2:: inside Transport#onPacket; count them there, before the echo.
let heartbeats = 0;
const onPacket = io.Transport.prototype.onPacket;
io.Transport.prototype.onPacket = function (packet) {
  const result = onPacket.apply(this, arguments);
  if (packet && packet.type === 'heartbeat') {
    heartbeats++;
    print('heartbeat', { count: heartbeats });
    // After the echo has gone out: finishing disconnects, and an echo on a closed socket would throw.
    setImmediate(maybeFinish);
  }
  return result;
};

const socket = io.connect(url, { 'force new connection': true, 'reconnect': false, 'connect timeout': 10000 });
let loggedIn = false;
let backlogDone = false;
let echoed = !say;
let finished = false;

function send(method, params) {
  socket.emit('message', { method: method, params: params });
}

function maybeFinish() {
  if (finished || !loggedIn || !backlogDone || !echoed || heartbeats < heartbeatsWanted) {
    return;
  }
  finished = true;
  print('done', { heartbeats: heartbeats, transport: socket.socket.transport && socket.socket.transport.name });
  socket.disconnect();
  setTimeout(function () { process.exit(0); }, 100);
}

socket.on('connect', function () {
  print('connect', { sessionid: socket.socket.sessionid, transport: socket.socket.transport.name,
    heartbeatTimeout: socket.socket.heartbeatTimeout, closeTimeout: socket.socket.closeTimeout });
  send('joinChannel', { channel: channel, name: name, token: token, isAdmin: false });
});

socket.on('message', function (data) {
  const argType = typeof data;
  const message = argType === 'string' ? JSON.parse(data) : data;
  print('message', { argType: argType, method: message.method, params: message.params });
  if (message.method === 'loginMsg') {
    loggedIn = true;
    if (process.env.HITBOX_EXPECT_BACKLOG === '0') {
      backlogDone = true;
    }
    if (say) {
      send('chatMsg', { channel: channel, name: message.params.name, nameColor: '00FF00', text: say });
    }
  } else if (message.method === 'chatMsg' && message.params.buffersent) {
    backlogDone = true;
  } else if (message.method === 'chatMsg' && !message.params.buffer && message.params.text === say) {
    echoed = true;
  }
  maybeFinish();
});

['connecting', 'connect_failed', 'error', 'disconnect', 'reconnect_failed'].forEach(function (event) {
  socket.on(event, function (arg) {
    print(event, { arg: arg === undefined ? null : String(arg) });
  });
});
