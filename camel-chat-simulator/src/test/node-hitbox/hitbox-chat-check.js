'use strict';
// Peer check (HitboxPeerTest): the published client hitbox-chat 0.1.5, unmodified. Its server-list URL is hard-coded
// (http://www.hitbox.tv/api/chat/servers?redis=true); the test points HTTP_PROXY at the simulator, which request
// 2.40 honours, and the listed server_ip (the simulator) is then reached directly. One JSON object per line.
const HitboxChatClient = require('hitbox-chat');

const channel = process.env.HITBOX_CHANNEL;
const name = process.env.HITBOX_NAME;
const token = process.env.HITBOX_TOKEN;
const say = process.env.HITBOX_SAY;
const expect = process.env.HITBOX_EXPECT;

function print(event, fields) {
  process.stdout.write(JSON.stringify(Object.assign({ event: event }, fields || {})) + '\n');
}

if (!channel || !expect) {
  print('usage', { message: 'HITBOX_CHANNEL and HITBOX_EXPECT are required' });
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

const client = new HitboxChatClient(name && token ? { name: name, token: token } : undefined);
client.on('connect', function () {
  print('connect');
  const ch = client.joinChannel(channel);
  ch.on('login', function (loginName, role) {
    print('login', { name: loginName, role: role });
    if (say) {
      ch.sendMessage(say, '00FF00');
    }
  }).on('chat', function (from, text, role) {
    print('chat', { name: from, text: text, role: role });
    if (text === expect) {
      print('done');
      setTimeout(function () { process.exit(0); }, 100);
    }
  }).on('motd', function (text) {
    print('motd', { text: text });
  }).on('info', function (text) {
    print('info', { text: text });
  }).on('slow', function (slowTime) {
    print('slow', { slowTime: slowTime });
  }).on('other', function (method, params) {
    print('other', { method: method, params: params });
  });
}).on('disconnect', function () {
  print('disconnect');
});
