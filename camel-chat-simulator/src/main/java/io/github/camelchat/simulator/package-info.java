/**
 * Building blocks shared by the protocol simulators (chatbox and CAPI now, hitbox later): a single-event-loop Vert.x
 * owner ({@link io.github.camelchat.simulator.SimulatorLoop}), a loopback WebSocket listener that can come back on the
 * same port ({@link io.github.camelchat.simulator.LoopbackWebSocketServer}), optionally over TLS with a generated
 * self-signed certificate ({@link io.github.camelchat.simulator.SimulatorCertificate}), transport faults
 * ({@link io.github.camelchat.simulator.FaultSwitches}, {@link io.github.camelchat.simulator.RawWebSockets}),
 * server-side Ping/Pong liveness ({@link io.github.camelchat.simulator.ProtocolKeepAlive}) and a JUnit 5 extension
 * base ({@link io.github.camelchat.simulator.SimulatorExtension}).
 */
package io.github.camelchat.simulator;
