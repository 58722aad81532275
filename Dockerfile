# syntax=docker/dockerfile:1
# Build: the production jar, with the Maven wrapper, in a JDK image.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q dependency:go-offline -Pproduction
COPY frontend/ frontend/
COPY src/ src/
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -Pproduction -DskipTests package \
    && cp target/gestion-cluster-*.jar /src/app.jar

# Run: a JRE image, as a non-root user; the jar holds no embedded database and no dev tools.
FROM eclipse-temurin:21-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && groupadd --system gestion && useradd --system --gid gestion --home-dir /app --shell /usr/sbin/nologin gestion
WORKDIR /app
COPY --from=build --chown=gestion:gestion /src/app.jar /app/app.jar
USER gestion
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75" \
    PORT=8080
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
    CMD curl -fs http://127.0.0.1:8080/actuator/health || exit 1
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
