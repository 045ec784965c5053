/**
 * A Blizzard Classic Chat API (CAPI) server that behaves like the real one did (see the wire notes), with the Alpha 1
 * document's variants accepted too: {@link io.github.camelchat.simulator.capi.CapiSimulator} for tests,
 * {@link io.github.camelchat.simulator.capi.CapiSimulatorExtension} for JUnit 5 and
 * {@link io.github.camelchat.simulator.capi.CapiSimulatorMain} standalone.
 */
package io.github.camelchat.simulator.capi;
