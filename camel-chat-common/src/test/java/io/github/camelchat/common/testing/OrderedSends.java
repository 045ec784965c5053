package io.github.camelchat.common.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;

/** Test helper shared with the component modules. */
public final class OrderedSends {

    private OrderedSends() {
    }

    /**
     * Submits the bodies to one producer in this order without waiting for replies (a ProducerTemplate's async sends
     * may reach the producer in any order). The producer stops with the context.
     */
    public static List<CompletableFuture<Exchange>> sendInOrder(CamelContext context, String uri, List<String> bodies)
            throws Exception {
        Endpoint endpoint = context.getEndpoint(uri);
        AsyncProducer producer = endpoint.createAsyncProducer();
        context.addService(producer, true, true);
        List<CompletableFuture<Exchange>> results = new ArrayList<>();
        for (String body : bodies) {
            Exchange exchange = endpoint.createExchange();
            exchange.getIn().setBody(body);
            CompletableFuture<Exchange> done = new CompletableFuture<>();
            producer.process(exchange, doneSync -> done.complete(exchange));
            results.add(done);
        }
        return results;
    }
}
