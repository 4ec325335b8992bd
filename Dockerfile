# Essay Circle in a container. Two stages: the first installs every dependency and compiles the
# TypeScript; the second has only the production dependencies, the compiled dist/ and the readings,
# and runs as an unprivileged user. The database lives in the /data volume (DATA_DIR).
#
#   docker build -t essay-circle .
#   docker run -d --name essay-circle --env-file .env -v essay-data:/data essay-circle
#   docker exec essay-circle node dist/src/cli.js backup /data/backup-$(date +%F).sqlite

FROM node:22-bookworm-slim AS build
# better-sqlite3 compiles its native addon when no prebuilt one can be downloaded.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
COPY scripts ./scripts
# --ignore-scripts: prepare (the build) needs the sources, copied next; the addon is built after.
RUN npm ci --no-audit --no-fund --ignore-scripts && npm rebuild better-sqlite3
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY commands ./commands
COPY bench ./bench
RUN npm run build
# Production dependencies only, with the addon already compiled above (prepare keeps dist/).
RUN npm prune --omit=dev --no-audit --no-fund

FROM node:22-bookworm-slim
ENV NODE_ENV=production \
    DATA_DIR=/data \
    CORPUS_DIR=/app/corpus
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY corpus ./corpus
# The image's "node" user (uid 1000) owns only the data folder.
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
# Healthy while the bot's database opens and answers (src/healthcheck.ts); a bot that cannot
# go on (a reset token, Discord unreachable) exits non-zero instead, for the restart policy.
HEALTHCHECK --interval=60s --timeout=10s --start-period=30s --retries=3 CMD ["node", "dist/src/healthcheck.js"]
# node directly (not npm start): SIGTERM from `docker stop` reaches the bot, which finishes the
# interactions in flight and exits 0.
CMD ["node", "dist/src/index.js"]
