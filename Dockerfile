# syntax=docker/dockerfile:1
# Build: the production jar, with the Maven wrapper, in a JDK image, then extracted (the application jar and lib/
# beside it: the layout the AOT cache needs, and the dependencies in a layer of their own).
FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q dependency:go-offline -Pproduction
COPY frontend/ frontend/
COPY src/ src/
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -Pproduction -DskipTests package \
    && cp target/gestion-cluster-*.jar /src/app.jar \
    && java -Djarmode=tools -jar /src/app.jar extract --destination /src/extracted

# Run: a JRE image, as a non-root user; the jar holds no embedded database and no dev tools.
FROM eclipse-temurin:25-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && groupadd --system gestion && useradd --system --gid gestion --home-dir /app --shell /usr/sbin/nologin gestion
WORKDIR /app
COPY --from=build --chown=gestion:gestion /src/extracted/lib/ /app/lib/
COPY --from=build --chown=gestion:gestion /src/extracted/app.jar /app/app.jar
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75" \
    PORT=8080
# The JDK 25 AOT cache (classes loaded and linked ahead of time): a training run here, in this image, with its JVM
# and /app/app.jar by the same path as the ENTRYPOINT's (the cache records both), and without any database (see
# the script). A cache that does not fit is refused with a warning and the app starts without it.
COPY scripts/aot-training-run.sh /usr/local/bin/aot-training-run.sh
RUN aot-training-run.sh /app/app.jar /app/app.aot && rm -rf /tmp/hsperfdata_root && ls -l /app/app.aot
USER gestion
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
    CMD curl -fs http://127.0.0.1:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-XX:AOTCache=/app/app.aot", "-jar", "/app/app.jar"]
