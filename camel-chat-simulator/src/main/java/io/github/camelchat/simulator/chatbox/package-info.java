/**
 * A chatbox v2 server simulator that behaves like ReconnectedCC's rcc-chatbox (the only server whose code is public),
 * including its packet order, Gson serialisation, validation order, queue and known bugs (as opt-in
 * {@link io.github.camelchat.simulator.chatbox.Quirk}s). Start one with
 * {@link io.github.camelchat.simulator.chatbox.ChatboxSimulator#start()} or the JUnit extension
 * {@link io.github.camelchat.simulator.chatbox.ChatboxSimulatorExtension}; everything else in the package is internal.
 */
package io.github.camelchat.simulator.chatbox;
