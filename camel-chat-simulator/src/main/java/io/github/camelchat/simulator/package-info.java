/**
 * Building blocks shared by the protocol simulators (chatbox, CAPI and hitbox): the facade every simulator extends
 * ({@link io.github.camelchat.simulator.ChatSimulator}) and its socket side
 * ({@link io.github.camelchat.simulator.SimulatorServer}, {@link io.github.camelchat.simulator.SimulatorConnection},
 * {@link io.github.camelchat.simulator.OpenSockets}), a single-event-loop Vert.x owner
 * ({@link io.github.camelchat.simulator.SimulatorLoop}), a loopback WebSocket listener that can come back on the same
 * port ({@link io.github.camelchat.simulator.LoopbackWebSocketServer}), optionally over TLS with a generated
 * self-signed certificate ({@link io.github.camelchat.simulator.SimulatorCertificate}), transport faults
 * ({@link io.github.camelchat.simulator.FaultSwitches}, {@link io.github.camelchat.simulator.RawWebSockets}),
 * server-side Ping/Pong liveness ({@link io.github.camelchat.simulator.ProtocolKeepAlive}) and a JUnit 5 extension
 * base ({@link io.github.camelchat.simulator.SimulatorExtension}).
 */
package io.github.camelchat.simulator;
