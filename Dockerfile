# One image per service, built from that module's runnable jar (run `mvn -B -DskipTests package` first):
#   docker build --build-arg MODULE=incident-service --build-arg PORT=8181 -t npi007/incident-service .
# docker-compose.yml builds the four services this way.
FROM eclipse-temurin:17-jre
ARG MODULE
ARG PORT
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app npi007 && mkdir -p /data && chown npi007 /data
WORKDIR /app
COPY ${MODULE}/target/${MODULE}-*-exec.jar app.jar
USER npi007
ENV NPI007_BIND_ADDRESS=0.0.0.0 \
    NPI007_DATA_DIR=/data \
    NPI007_HEALTH_PORT=${PORT}
EXPOSE ${PORT}
HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=5 \
  CMD curl -fsS "http://127.0.0.1:${NPI007_HEALTH_PORT}/actuator/health" || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/app.jar"]
