# Idéhub: one process serving the web app and the GraphQL API.
# Build: docker build -t idehub .   Run with PostgreSQL: see docker-compose.yml.
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY libs/package.json libs/
COPY api/package.json api/
COPY web/package.json web/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:24-bookworm-slim
ENV NODE_ENV=production \
    PORT=3000 \
    IDEHUB_DATA_DIR=/data/pglite
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/libs/package.json ./libs/
COPY --from=build /app/libs/dist ./libs/dist
COPY --from=build /app/api/package.json ./api/
COPY --from=build /app/api/dist ./api/dist
COPY --from=build /app/web/package.json ./web/
COPY --from=build /app/web/dist ./web/dist
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# The heap flags of `npm start` (package.json): V8 collects before the heap passes 256 MB, so the process stays
# under about 400 MB under load (docs/performance.md), and the largest organisation import fits within it; a young
# generation of 16 MB semi-spaces (V8 picks 8 for that heap) lets a request's short-lived objects die young instead
# of being promoted and collected again (an inbox of 100 cards: 52–59 → 67 % of the raw server's throughput).
CMD ["node", "--max-old-space-size=256", "--max-semi-space-size=16", "api/dist/api/src/main.js"]
