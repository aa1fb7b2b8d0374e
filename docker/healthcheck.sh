#!/usr/bin/env bash
# Container health check for the Apportion image (used by the Dockerfile's HEALTHCHECK).
# Eclipse Temurin JRE images ship neither curl nor wget, so this speaks HTTP over bash's /dev/tcp.
# Healthy = the deployment scanner marked the EAR as deployed AND the HTTP listener answers with a
# status below 500. WildFly answers 503 while it is still booting (graceful startup), so a stale
# .deployed marker from a previous run of the same container does not make it healthy too early.
set -u

home="${JBOSS_HOME:-/opt/wildfly}"
marker="$home/standalone/deployments/apportion.ear.deployed"
port="${APPORTION_HEALTHCHECK_PORT:-8080}"
path="${APPORTION_HEALTHCHECK_PATH:-/api/v1/}"

if [ -f "$home/standalone/deployments/apportion.ear.failed" ]; then
    echo "deployment failed: $(head -c 300 "$home/standalone/deployments/apportion.ear.failed")"
    exit 1
fi
[ -f "$marker" ] || { echo "not deployed yet ($marker missing)"; exit 1; }

{ exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null || { echo "nothing listens on port $port"; exit 1; }
printf 'GET %s HTTP/1.0\r\nHost: localhost\r\nUser-Agent: apportion-healthcheck\r\nConnection: close\r\n\r\n' "$path" >&3
IFS=' ' read -r -t 5 _proto status _rest <&3 || { echo "no HTTP answer on port $port"; exit 1; }
exec 3<&-

case "$status" in
    [1-4][0-9][0-9]) echo "ok: GET $path -> $status"; exit 0 ;;
    *)               echo "unhealthy: GET $path -> ${status:-?}"; exit 1 ;;
esac
