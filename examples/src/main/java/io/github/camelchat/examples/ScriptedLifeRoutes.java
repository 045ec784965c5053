package io.github.camelchat.examples;

import java.time.Duration;

import org.apache.camel.builder.RouteBuilder;

/**
 * Drives {@link ScriptedLife} from a Camel timer, so the scripts start and stop with the routes. The scripts fall
 * silent a little before the run ends, so that the lines still queued for a slow chat (Battle.net takes one every
 * 2 s) are delivered before Camel stops.
 */
public class ScriptedLifeRoutes extends RouteBuilder {

    private final ScriptedLife life;
    private final Duration interval;
    private final long steps;

    /** @param activeFor how long the scripts play; zero or negative for as long as the routes run */
    public ScriptedLifeRoutes(ScriptedLife life, Duration interval, Duration activeFor) {
        this.life = life;
        this.interval = interval;
        // a timer's repeatCount 0 means "forever"
        this.steps = activeFor.isNegative() || activeFor.isZero()
                ? 0 : Math.max(1, activeFor.toMillis() / periodMillis(interval));
    }

    @Override
    public void configure() {
        from("timer:scripted-life?delay=0&period=" + periodMillis(interval) + "&repeatCount=" + steps)
                .routeId("scripted-life").startupOrder(StartupOrder.SCRIPTED_LIFE)
                .process(exchange -> life.step());
    }

    private static long periodMillis(Duration interval) {
        return Math.max(1, interval.toMillis());
    }
}
