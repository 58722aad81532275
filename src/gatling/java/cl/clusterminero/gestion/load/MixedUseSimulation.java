package cl.clusterminero.gestion.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Three kinds of users mixed like real use, each a closed-model population of concurrent sessions with think times
 * of 3–8 s: the secretariat searches the member registry and edits a member's notes; program managers record
 * progress on their milestones in the "Mis hitos" dialog; the board opens the dashboard and initiative pages.
 * A user logs in, works through {@code load.actions} actions and leaves; another takes its place, so the number of
 * sessions working stays at {@code load.sessions}.
 *
 * <p>Properties: {@code load.baseUrl} (http://127.0.0.1:8090), {@code load.sessions} (200), {@code load.rampSeconds}
 * (60), {@code load.holdSeconds} (300), {@code load.actions} (20), {@code load.members} (ids 1..N for the editor,
 * 120), {@code load.initiatives} (ids 1..N, 40). Run by {@code scripts/load-test.sh}.
 */
public class MixedUseSimulation extends Simulation {

    static final String BASE_URL = System.getProperty("load.baseUrl", "http://127.0.0.1:8090");
    static final int SESSIONS = Integer.getInteger("load.sessions", 200);
    static final int RAMP = Integer.getInteger("load.rampSeconds", 60);
    static final int HOLD = Integer.getInteger("load.holdSeconds", 300);
    static final int ACTIONS = Integer.getInteger("load.actions", 20);
    static final int MEMBERS = Integer.getInteger("load.members", 120);
    static final int INITIATIVES = Integer.getInteger("load.initiatives", 40);
    /** Stress: e.g. "100,200,300,400" holds each number of sessions for load.stepSeconds after a ramp of load.stepRampSeconds (20 s). */
    static final String STEPS = System.getProperty("load.steps", "");
    static final int STEP_SECONDS = Integer.getInteger("load.stepSeconds", 60);
    static final int STEP_RAMP = Integer.getInteger("load.stepRampSeconds", 20);

    private static final List<String> SEARCHES = List.of("Maes", "Minera", "Servicios", "76.", "Ingenier",
            "Transportes", "Constructora", "Universidad", "Municipalidad", "Asociaci", "Tecno", "Sociedad");

    static int random(int fromInclusive, int toInclusive) {
        return ThreadLocalRandom.current().nextInt(fromInclusive, toInclusive + 1);
    }

    private static ChainBuilder think() {
        return pause(Duration.ofSeconds(3), Duration.ofSeconds(8));
    }

    private static ChainBuilder user(List<String> names) {
        return exec(session -> session.set("username", names.get(random(0, names.size() - 1))));
    }

    /** Secretariat: the registry, a search as typed (prefix, then more letters), then a member's page and a save. */
    static final ScenarioBuilder SECRETARIAT = scenario("secretariat")
            .exec(user(List.of("secretaria")))
            .exec(Uidl.login("username"))
            .exec(Uidl.open("members", "socios", "members: open"))
            .exitHereIfFailed()
            .repeat(Math.max(1, ACTIONS / 2)).on(
                    think(),
                    exec(session -> session.set("search", SEARCHES.get(random(0, SEARCHES.size() - 1)))),
                    Uidl.rpc("members: search", s -> List.of(
                            Uidl.sync(s, "members-search", s.getString("search")))),
                    think(),
                    exec(session -> session.set("member", random(1, MEMBERS))),
                    Uidl.navigate("member: open", s -> "socios/" + s.getInt("member")),
                    think(),
                    doIf(s -> Uidl.hasNode(s, "field-notes") && Uidl.hasNode(s, "save-member")).then(
                            Uidl.rpc("member: save", s -> List.of(
                                    Uidl.sync(s, "field-notes", "Visita de seguimiento " + random(1, 100000)),
                                    Uidl.click(s, "save-member")))),
                    think(),
                    Uidl.navigate("members: back", s -> "socios"));

    /** Program managers: "Mis hitos", then a progress update through the dialog on one of the listed milestones. */
    static final ScenarioBuilder PROGRAM_MANAGER = scenario("program manager")
            .exec(user(List.of("gestor", "gestora")))
            .exec(Uidl.login("username"))
            .exec(Uidl.open("my milestones", "mis-hitos", "my milestones: open"))
            .exitHereIfFailed()
            .repeat(ACTIONS).on(
                    think(),
                    doIfOrElse(s -> !Uidl.idsStartingWith(s, "record-progress-").isEmpty()).then(
                            exec(session -> {
                                List<String> buttons = Uidl.idsStartingWith(session, "record-progress-");
                                return session.set("button", buttons.get(random(0, buttons.size() - 1)));
                            }),
                            Uidl.rpc("progress: open dialog", s -> List.of(Uidl.click(s, s.getString("button")))),
                            think(),
                            doIf(s -> Uidl.hasNode(s, "progress-save")).then(
                                    Uidl.rpc("progress: save", s -> List.of(
                                            Uidl.sync(s, "progress-percent", String.valueOf(5 * random(1, 19))),
                                            Uidl.sync(s, "progress-comment", "Avance revisado en terreno "
                                                    + random(1, 100000)),
                                            Uidl.click(s, "progress-save")))))
                            .orElse(Uidl.navigate("my milestones: reopen", s -> "mis-hitos")));

    /** Board: the dashboard, then initiative pages, back to the dashboard now and then. */
    static final ScenarioBuilder BOARD = scenario("board")
            .exec(user(List.of("directorio", "directorio2")))
            .exec(Uidl.login("username"))
            .exec(Uidl.open("dashboard", "", "dashboard: open"))
            .exitHereIfFailed()
            .repeat(ACTIONS).on(
                    think(),
                    exec(session -> session.set("initiative", random(1, INITIATIVES))),
                    randomSwitch().on(
                            new io.gatling.javaapi.core.Choice.WithWeight(75.0, Uidl.navigate("initiative: open",
                                    s -> "iniciativas/" + s.getInt("initiative"))),
                            new io.gatling.javaapi.core.Choice.WithWeight(25.0, Uidl.navigate("dashboard: back",
                                    s -> ""))));

    HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
            .acceptHeader("*/*")
            .acceptLanguageHeader("es-CL,es;q=0.9")
            .userAgentHeader("Mozilla/5.0 (X11; Linux x86_64) gestion-load/1.0")
            .disableCaching();

    {
        if (STEPS.isBlank()) {
            setUp(population(SECRETARIAT, 4, 10), population(PROGRAM_MANAGER, 3, 10), population(BOARD, 3, 10))
                    .protocols(protocol)
                    .maxDuration(Duration.ofSeconds(RAMP + HOLD + 120))
                    .assertions(global().failedRequests().percent().lt(1.0));
        } else {
            int[] steps = java.util.Arrays.stream(STEPS.split(",")).mapToInt(v -> Integer.parseInt(v.trim())).toArray();
            long start = System.currentTimeMillis();
            // Requests are named by the step they were sent in; those sent while ramping between steps are "ramp".
            Uidl.naming = name -> {
                long second = (System.currentTimeMillis() - start) / 1000;
                long period = STEP_RAMP + STEP_SECONDS;
                int step = (int) (second / period);
                if (step >= steps.length || second % period < STEP_RAMP) {
                    return "ramp";
                }
                return String.format("step %03d sessions", steps[step]);
            };
            setUp(stepped(SECRETARIAT, 4, steps), stepped(PROGRAM_MANAGER, 3, steps), stepped(BOARD, 3, steps))
                    .protocols(protocol)
                    .maxDuration(Duration.ofSeconds((long) steps.length * (STEP_RAMP + STEP_SECONDS) + 30));
        }
    }

    private static io.gatling.javaapi.core.PopulationBuilder population(ScenarioBuilder scenario, int tenths,
                                                                        int ofTenths) {
        int users = Math.max(1, SESSIONS * tenths / ofTenths);
        return scenario.injectClosed(rampConcurrentUsers(0).to(users).during(RAMP),
                constantConcurrentUsers(users).during(HOLD));
    }

    private static io.gatling.javaapi.core.PopulationBuilder stepped(ScenarioBuilder scenario, int tenths,
                                                                     int[] steps) {
        List<io.gatling.javaapi.core.ClosedInjectionStep> injection = new java.util.ArrayList<>();
        int previous = 0;
        for (int sessions : steps) {
            int users = Math.max(1, sessions * tenths / 10);
            injection.add(rampConcurrentUsers(previous).to(users).during(STEP_RAMP));
            injection.add(constantConcurrentUsers(users).during(STEP_SECONDS));
            previous = users;
        }
        return scenario.injectClosed(injection.toArray(new io.gatling.javaapi.core.ClosedInjectionStep[0]));
    }
}
