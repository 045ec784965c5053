package io.github.camelchat.examples;

import java.time.Duration;

import org.apache.camel.builder.RouteBuilder;

/** Drives {@link ScriptedPlayers} from a Camel timer, so the script starts and stops with the routes. */
public class ScriptedLifeRoutes extends RouteBuilder {

    private final ScriptedPlayers script;
    private final Duration interval;

    public ScriptedLifeRoutes(ScriptedPlayers script, Duration interval) {
        this.script = script;
        this.interval = interval;
    }

    @Override
    public void configure() {
        from("timer:scripted-players?delay=0&period=" + Math.max(1, interval.toMillis()))
                .routeId("scripted-players")
                .process(exchange -> script.step());
    }
}
