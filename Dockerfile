# syntax=docker/dockerfile:1
# The Parley API: build with the dev toolchain, run with production dependencies only.
#
#   docker build -t parley-api .
#   docker run -p 3000:3000 -e PARLEY_API_KEYS=alice:analyst:<key> -v parley-data:/data parley-api
#
# Defaults to the embedded SQLite store in /data; docker-compose.yml runs it on EventStoreDB
# (PARLEY_STORE=eventstoredb, EVENTSTORE_CONNECTION_STRING=esdb://...).

ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
# Only for compiling better-sqlite3 from source when no prebuilt binary matches the platform.
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json .npmrc ./
# --ignore-scripts: the root `prepare` script builds the app, which needs the sources copied
# below; the one native dependency is then built on its own.
RUN npm ci --ignore-scripts && npm rebuild better-sqlite3
COPY . .
RUN npm run build
# Production dependencies only, then the runtime tree in /out: dist/, the dashboard's page and
# modules, and the domain's sources (the page loads libs/domain/src/time.ts compiled at run time).
RUN npm prune --omit=dev --ignore-scripts \
 && mkdir -p /out \
 && cp -r package.json node_modules dist /out/ \
 && if [ -d apps/api/public ]; then \
      mkdir -p /out/apps/api /out/dist/apps/api \
      && cp -r apps/api/public /out/apps/api/public \
      && cp -r apps/api/public /out/dist/apps/api/public; \
    fi \
 && mkdir -p /out/apps /out/libs/domain \
 && cp -r apps/dashboard /out/apps/dashboard \
 && cp -r libs/domain/src /out/libs/domain/src \
 && if [ -d bin ]; then cp -r bin /out/bin; fi \
 && if [ -d examples ]; then cp -r examples /out/examples; fi

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    PARLEY_DATA_DIR=/data
WORKDIR /app
COPY --from=build /out/ ./
# The image's own `node` user (uid 1000) owns nothing but the data directory.
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/apps/api/src/main.js"]
