package cl.clusterminero.gestion.load;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;

/**
 * Opens {@code load.users} sessions, each logged in (as the secretariat) with the members view open: layout, side
 * navigation, filters and the grid's first page, confirmed like the browser does. The sessions are left open on the
 * server (no logout), so that {@code scripts/memory-per-session.sh} can weigh them. Users arrive evenly over
 * {@code load.rampSeconds}; the round trip that builds the view is the request "members: open".
 */
public class MemberSessionsSimulation extends Simulation {

    static final int USERS = Integer.getInteger("load.users", 200);
    static final int RAMP = Integer.getInteger("load.rampSeconds", 40);
    static final String USERNAME = System.getProperty("load.user", "secretaria");

    ScenarioBuilder members = scenario("members sessions")
            .exec(session -> session.set("username", USERNAME))
            .exec(Uidl.login("username"))
            .exec(Uidl.open("members", "socios", "members: open"))
            .exitHereIfFailed()
            // The grid's and combo boxes' confirmations, sent as the browser would right after the first render.
            .exec(Uidl.rpc("members: confirm", s -> java.util.List.of()));

    HttpProtocolBuilder protocol = http.baseUrl(MixedUseSimulation.BASE_URL)
            .acceptHeader("*/*")
            .acceptLanguageHeader("es-CL,es;q=0.9")
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) gestion-load/1.0")
            .disableCaching()
            // One pool of connections for all sessions, so that the server's per-connection buffers (Tomcat keeps
            // a processor with its buffers for each concurrent connection) do not grow with the sessions weighed.
            .shareConnections();

    {
        setUp(members.injectOpen(rampUsers(USERS).during(Duration.ofSeconds(RAMP))))
                .protocols(protocol)
                .assertions(global().failedRequests().count().is(0L));
    }
}
