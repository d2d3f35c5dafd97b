# Draftwatch app image. docker-compose.yml runs it next to PostgreSQL 16.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1

# Chromium's headless shell prints the PDF exports (without it they answer 503); Noto gives it
# Arabic and Vietnamese glyphs. lib/pdf/chromium.ts finds it at Debian's path.
RUN apt-get update \
  && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium-headless-shell fonts-noto-core \
  && rm -rf /var/lib/apt/lists/*

COPY package.json package-lock.json ./
COPY scripts/prisma.mjs scripts/prisma.mjs
COPY prisma prisma
COPY prisma.config.ts ./
RUN npm ci --no-audit --no-fund

COPY . .
RUN npm run build

ENV NODE_ENV=production PORT=3000
EXPOSE 3000
# Migrations are applied at every start (a no-op when up to date); the demo only when asked for.
CMD ["sh", "-c", "npm run db:migrate && if [ \"$SEED_DEMO\" = true ]; then npm run db:seed; fi && exec npm run start -- --hostname 0.0.0.0 --port 3000"]
