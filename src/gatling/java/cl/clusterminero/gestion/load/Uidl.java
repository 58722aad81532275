package cl.clusterminero.gestion.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Vaadin Flow's client protocol, as the browser speaks it, for Gatling: form login, the bootstrap page, the
 * {@code ?v-r=init} request that creates the UI (ui id, CSRF token, syncId, clientId), then UIDL round trips
 * ({@code POST ?v-r=uidl&v-uiId=N}) carrying navigation events, property syncs, clicks and the grid's
 * confirmations. Every response is parsed: syncId and clientId are taken from it, element ids are mapped to
 * state-node ids (components touched by the scenarios have {@code setId}), and the data confirmations the
 * browser would send back are queued for the next request. A response carrying an application error, a session
 * expiry or a resynchronisation is a KO.
 */
final class Uidl {

    static final String PASSWORD = System.getProperty("load.password", "Salar-de-Atacama-2025");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PREFIX = "for(;;);";
    private static final long HEARTBEAT_MILLIS = 60_000;

    /**
     * How a request is named in the report: by its kind, or in a stress run ({@link MixedUseSimulation#STEPS}) by the
     * number of sessions working when it was sent, so that the report gives percentiles per step.
     */
    static volatile Function<String, String> naming = Function.identity();

    private Uidl() {
    }

    private static io.gatling.javaapi.http.Http named(String name) {
        return http(session -> naming.apply(name));
    }

    /** The Spring Security form login through Vaadin's login view: the page's CSRF meta tag, then the POST. */
    static ChainBuilder login(String userKey) {
        return exec(named("login page").get("/login")
                .check(status().is(200), css("meta[name='_csrf']", "content").saveAs("loginCsrf")))
                .exec(named("login post").post("/login")
                        .formParam("username", "#{" + userKey + "}")
                        .formParam("password", PASSWORD)
                        .formParam("_csrf", "#{loginCsrf}")
                        .disableFollowRedirect()
                        .check(status().is(302), header("Location").saveAs("afterLogin")))
                .exec(session -> {
                    String location = session.getString("afterLogin");
                    return location != null && location.contains("error") ? session.markAsFailed() : session;
                });
    }

    /**
     * What a browser does to open a route in a new tab: the bootstrap page, the init request creating the UI, then
     * the navigation event that builds the view (the "open" round trip measured per view).
     */
    static ChainBuilder open(String pageName, String route, String openName) {
        return exec(named(pageName + " page").get("/" + route).check(status().is(200)))
                .exec(named(pageName + " init").get("/")
                        .queryParam("v-r", "init")
                        .queryParam("location", route)
                        .queryParam("query", "")
                        .check(status().is(200), substring("Vaadin-Security-Key").exists(),
                                bodyString().saveAs("uidl")))
                .exec(Uidl::absorbInit)
                .exec(navigate(openName, s -> route));
    }

    /** A client-side navigation inside the open UI (a router link or {@code ui.navigate}). */
    static ChainBuilder navigate(String name, Function<Session, String> route) {
        return rpc(name, s -> List.of(obj(Map.of("type", "event", "node", 1, "event", "ui-navigate",
                "data", Map.of("route", route.apply(s), "query", "", "appShellTitle", "",
                        "historyState", Map.of("idx", 0), "trigger", "")))));
    }

    /** A property value typed or chosen in a field, synchronised like the browser does. */
    static Map<String, Object> sync(Session session, String elementId, Object value) {
        return obj(Map.of("type", "mSync", "node", node(session, elementId), "feature", 1, "property", "value",
                "value", value));
    }

    /** A click on the element with this id (a button). */
    static Map<String, Object> click(Session session, String elementId) {
        Map<String, Object> data = new HashMap<>();
        for (String key : List.of("event.screenX", "event.screenY", "event.clientX", "event.clientY",
                "event.detail", "event.button")) {
            data.put(key, key.equals("event.detail") ? 1 : 0);
        }
        for (String key : List.of("event.altKey", "event.ctrlKey", "event.metaKey", "event.shiftKey")) {
            data.put(key, false);
        }
        return obj(Map.of("type", "event", "node", node(session, elementId), "event", "click", "data", data));
    }

    static int node(Session session, String elementId) {
        Map<String, Integer> nodes = session.get("nodes");
        Integer node = nodes == null ? null : nodes.get(elementId);
        if (node == null) {
            throw new IllegalStateException("no element with id " + elementId);
        }
        return node;
    }

    static boolean hasNode(Session session, String elementId) {
        Map<String, Integer> nodes = session.get("nodes");
        return nodes != null && nodes.containsKey(elementId);
    }

    /** A UIDL round trip with these invocations, after the replies the last response asked for. */
    static ChainBuilder rpc(String name, Function<Session, List<Map<String, Object>>> invocations) {
        HttpRequestActionBuilder request = named(name)
                .post(s -> "/?v-r=uidl&v-uiId=" + s.getInt("uiId"))
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(s -> body(s, invocations.apply(s))))
                .check(status().is(200),
                        substring("appError").notExists(),
                        substring("sessionExpired").notExists(),
                        substring("\"resynchronize\"").notExists(),
                        substring("\"syncId\"").exists(),
                        bodyString().saveAs("uidl"));
        return exec(heartbeatIfDue()).exec(request).exec(Uidl::absorb);
    }

    /**
     * The heartbeat a browser sends every 60 s ({@code vaadin.heartbeat-interval}): Vaadin closes a UI that missed
     * three of them, whatever other requests it made, so a virtual user working longer than three minutes needs
     * them as a real tab does.
     */
    static ChainBuilder heartbeatIfDue() {
        return doIf(s -> s.contains("uiId")
                && System.currentTimeMillis() - s.getLong("lastHeartbeat") >= HEARTBEAT_MILLIS).then(
                exec(named("heartbeat").post(s -> "/?v-r=heartbeat&v-uiId=" + s.getInt("uiId"))
                        .check(status().is(200)))
                        .exec(s -> s.set("lastHeartbeat", System.currentTimeMillis())));
    }

    private static String body(Session session, List<Map<String, Object>> invocations) {
        List<Object> rpc = new ArrayList<>();
        List<Map<String, Object>> pending = session.get("pending");
        if (pending != null) {
            rpc.addAll(pending);
        }
        rpc.addAll(invocations);
        Map<String, Object> message = new HashMap<>();
        message.put("csrfToken", session.getString("csrf"));
        message.put("rpc", rpc);
        message.put("syncId", session.getInt("syncId"));
        message.put("clientId", session.getInt("clientId"));
        try {
            return JSON.writeValueAsString(message);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Session absorbInit(Session session) {
        try {
            JsonNode config = JSON.readTree(session.getString("uidl")).get("appConfig");
            JsonNode uidl = config.get("uidl");
            Session next = session.set("uiId", config.get("v-uiId").asInt())
                    .set("lastHeartbeat", System.currentTimeMillis())
                    .set("csrf", uidl.get("Vaadin-Security-Key").asText())
                    .set("nodes", new HashMap<String, Integer>())
                    .set("pending", List.of());
            return absorbMessage(next, uidl).remove("uidl");
        } catch (Exception e) {
            return session.markAsFailed();
        }
    }

    private static Session absorb(Session session) {
        if (!session.contains("uidl")) {
            return session;
        }
        try {
            String text = session.getString("uidl");
            if (text.startsWith(PREFIX)) {
                text = text.substring(PREFIX.length());
            }
            JsonNode message = JSON.readTree(text);
            if (message.isArray()) {
                message = message.get(0);
            }
            return absorbMessage(session, message).remove("uidl");
        } catch (Exception e) {
            return session.markAsFailed().remove("uidl");
        }
    }

    private static Session absorbMessage(Session session, JsonNode message) {
        Map<String, Integer> nodes = new HashMap<>(session.<Map<String, Integer>>get("nodes"));
        JsonNode changes = message.get("changes");
        if (changes != null) {
            for (JsonNode change : changes) {
                if ("id".equals(change.path("key").asText()) && change.path("feat").asInt() == 3
                        && change.has("value")) {
                    nodes.put(change.get("value").asText(), change.get("node").asInt());
                }
            }
        }
        List<Map<String, Object>> pending = new ArrayList<>();
        JsonNode execute = message.get("execute");
        if (execute != null) {
            for (JsonNode invocation : execute) {
                String script = invocation.get(invocation.size() - 1).asText();
                // Grids and combo boxes confirm each data update they received, as their client connectors do.
                if (script.startsWith("return $0.$connector.confirm(") && invocation.get(0).has("@v-node")) {
                    pending.add(obj(Map.of("type", "publishedEventHandler",
                            "node", invocation.get(0).get("@v-node").asInt(),
                            "templateEventMethodName", "confirmUpdate",
                            "templateEventMethodArgs", List.of(invocation.get(1).asInt()),
                            "promise", 0)));
                }
            }
        }
        return session.set("syncId", message.path("syncId").asInt(session.contains("syncId")
                        ? session.getInt("syncId") : 0))
                .set("clientId", message.path("clientId").asInt(session.contains("clientId")
                        ? session.getInt("clientId") + 1 : 0))
                .set("nodes", nodes)
                .set("pending", pending);
    }

    /** Element ids (of the given prefix) seen so far, e.g. the "record progress" buttons of a grid. */
    static List<String> idsStartingWith(Session session, String prefix) {
        Map<String, Integer> nodes = session.get("nodes");
        return nodes.keySet().stream().filter(id -> id.startsWith(prefix)).sorted().toList();
    }

    static Map<String, Object> obj(Map<String, Object> map) {
        return new HashMap<>(map);
    }
}
